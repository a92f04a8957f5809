namespace Codeflare.Benchmarks.Sync;

/// <summary>One data set's three measures, ours and rclone's, in seconds; bytes moved by the restore and the incremental round.</summary>
internal sealed record SyncRound(
    string Dataset, int Files, long Bytes, double RestoreOurs, double RestoreRclone, long ChangedBytes, int ChangedFiles,
    double IncrementalOurs, double IncrementalRclone, double NoChangeOurs, double NoChangeRclone);
