namespace Codeflare.Benchmarks.Sync;

/// <summary>VmRSS samples of the host over one restore, in KiB: the first (before the restore began), min, median and peak.</summary>
internal sealed record RssSamples(int Pid, int Count, TimeSpan Window, long FirstKib, long MinKib, long MedianKib, long PeakKib);
