namespace Codeflare.Sessions.Infrastructure.Sync;

/// <summary>Section <c>Sessions:Sync</c> (SPEC §5).</summary>
internal sealed class SyncOptions
{
    /// <summary>Off only where there is no object store to sync with (most host tests).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>After a failure: this, doubled per further failure, up to <see cref="Interval"/>.</summary>
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The final sync before a container is removed gets this many tries.</summary>
    public int FinalAttempts { get; set; } = 3;
}
