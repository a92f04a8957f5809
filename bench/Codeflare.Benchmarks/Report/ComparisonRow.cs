namespace Codeflare.Benchmarks.Report;

internal sealed record ComparisonRow(string Measure, string Ours, string Reference, string Ratio, string Target, string Verdict);
