namespace Codeflare.Storage.WorkspaceSync;

/// <summary>Section <c>Sessions:Sync</c> (SPEC §5; the name predates the sync's move into the Storage module).</summary>
internal sealed class SyncOptions
{
    /// <summary>Off only where there is no object store to sync with (most host tests).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>After a failure: this, doubled per further failure, up to <see cref="Interval"/>.</summary>
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The final sync before a container is removed gets this many tries.</summary>
    public int FinalAttempts { get; set; } = 3;

    /// <summary>How many sessions this host syncs at once; each has its own deadline, so one stuck container holds one slot.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>The deadline of one whole sync (or restore) of one session.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The deadline of one command in the container (the listing, staging, deletions).</summary>
    public TimeSpan ExecTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most a container's file listing may be (about 100 bytes a file); a larger one fails the sync.</summary>
    public int MaxListingBytes { get; set; } = 32 << 20;

    /// <summary>The most files one container may list; past it the sync fails rather than plan over a truncated view.</summary>
    public int MaxFiles { get; set; } = 200_000;

    /// <summary>The most bytes one sync reads out of a container (the quota bounds it too).</summary>
    public long MaxBytesPerSync { get; set; } = 16L << 30;
}
