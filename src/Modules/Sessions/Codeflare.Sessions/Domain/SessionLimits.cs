namespace Codeflare.Sessions.Domain;

/// <summary>Section <c>Sessions</c> (SPEC §3 limits; admin-changeable instance settings will feed these).</summary>
internal sealed class SessionLimits
{
    public int MaxSessionsPerUser { get; set; } = 10;
}
