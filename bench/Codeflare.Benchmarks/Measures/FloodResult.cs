namespace Codeflare.Benchmarks.Measures;

internal sealed record FloodResult(int Mib, double Seconds, long BytesReceived)
{
    public double MibPerSecond => BytesReceived / (1024.0 * 1024.0) / Seconds;
}
