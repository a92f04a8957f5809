namespace Codeflare.Benchmarks.Measures;

internal sealed record EchoResult(int Keystrokes, double P50Ms, double P99Ms, double MaxMs);
