namespace Codeflare.Sessions.Domain;

/// <summary>Section <c>Sessions</c>: SPEC §3 limits (admin-changeable instance settings will feed these).</summary>
internal sealed class SessionLimits
{
    public int MaxSessionsPerUser { get; set; } = 10;
    public int MaxRunningPerUser { get; set; } = 3;

    /// <summary>Creates and starts per user and minute (SPEC §9 rate limits).</summary>
    public int ChangesPerMinute { get; set; } = 30;
}
