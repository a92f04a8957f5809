namespace Codeflare.Benchmarks.Sync;

/// <summary>One measure on the same files, ours and rclone's, in seconds; the files and bytes it moved.</summary>
internal sealed record SyncMeasure(int Files, long Bytes, double Ours, double Rclone);
