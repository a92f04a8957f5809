namespace Codeflare.Benchmarks.Measures;

internal static class Percentiles
{
    // Nearest rank: p99 of 1,000 samples is the 990th smallest, a value that was really measured.
    public static double Of(IReadOnlyList<double> samples, double percentile)
    {
        if (samples.Count == 0) throw new ArgumentException("No samples.", nameof(samples));
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
