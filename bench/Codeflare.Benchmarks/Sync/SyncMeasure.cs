namespace Codeflare.Benchmarks.Sync;

/// <summary>
/// One measure on the same files, ours and rclone's, in seconds; the files and bytes it moved. <see cref="TimedOut"/>:
/// ours did not finish, and <see cref="Ours"/> is how long it was waited for.
/// </summary>
internal sealed record SyncMeasure(int Files, long Bytes, double Ours, double Rclone)
{
    public bool TimedOut { get; init; }
}
