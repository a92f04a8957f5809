namespace Codeflare.Benchmarks.Sync;

/// <summary>
/// What a data set's rows must reach: the restore's throughput ratio (rclone's time / ours) and the no-change sync's
/// seconds. Many small files are where a host-side sync can beat a per-file client, so their restore must match rclone.
/// </summary>
internal sealed record SyncTargets(double RestoreRatio, double NoChangeSeconds)
{
    public const double ThroughputRatio = 0.8;

    /// <summary>The 1 GiB peak RSS over the 256 MiB one: "the same at both sizes", with room for the GC's timing.</summary>
    public const double RssGrowth = 1.25;

    public static readonly SyncTargets Small = new(1.0, 1.0);
    public static readonly SyncTargets Mixed = new(0.8, 0.5);
}
