using System.Diagnostics;
using Codeflare.Benchmarks.Targets;

namespace Codeflare.Benchmarks.Measures;

// Raw hub throughput (SPEC §10): re-attach from 1 MiB back, again and again, so the bytes come
// from the hub's ring buffer instead of the PTY, whose own rate is far below the 100 MiB/s target.
internal static class HubReplay
{
    private const long Window = 1024 * 1024;

    public static async Task<double> MibPerSecondAsync(HubTarget hub, int totalMib, CancellationToken ct)
    {
        var end = hub.Position;
        var from = end - Window;
        if (from < 0) throw new InvalidOperationException("Less than 1 MiB of output to replay; the flood runs first.");
        long bytes = 0;
        var started = Stopwatch.GetTimestamp();
        while (bytes < totalMib * Window)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            bytes += await hub.ReplayAsync(from, end, timeout.Token);
        }
        return bytes / (double)Window / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
