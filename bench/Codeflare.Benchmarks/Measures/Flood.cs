using System.Diagnostics;

namespace Codeflare.Benchmarks.Measures;

// Terminal flood: Enter on `head -c NM /dev/zero | base64`, timed until the prompt is back in the
// client's output. base64 of N MiB is ~1.37 N MiB on the wire (76-column lines, CRLF from the TTY).
internal static class Flood
{
    public static async Task<FloodResult> MeasureAsync(TerminalSession terminal, int mib)
    {
        // Generous: wetty moves ~20 MB/s here; a stall still fails instead of hanging forever.
        terminal.Allow(TimeSpan.FromSeconds(60 + mib * 2));
        var started = Stopwatch.GetTimestamp();
        await terminal.SendAsync($"head -c {mib}M /dev/zero | base64\r");
        var bytes = await terminal.ReadUntilAsync(Prompt.Bytes);
        return new FloodResult(mib, Stopwatch.GetElapsedTime(started).TotalSeconds, bytes);
    }
}
