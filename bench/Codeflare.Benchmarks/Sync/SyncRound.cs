namespace Codeflare.Benchmarks.Sync;

/// <summary>
/// One data set's measures: the restore (and the host's RSS over it, when its pid is known); the incremental and
/// no-change syncs unless the set is restored only.
/// </summary>
internal sealed record SyncRound(string Dataset, SyncTargets Targets, SyncMeasure Restore, RssSamples? RestoreRss)
{
    public SyncMeasure? Incremental { get; init; }
    public SyncMeasure? NoChange { get; init; }
}
