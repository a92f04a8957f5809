using System.Diagnostics;

namespace Codeflare.Benchmarks.Measures;

// Keystroke echo latency: one printable byte at a quiet prompt, timed until the shell's echo of
// that byte comes back. Keystrokes go in lines of at most 100, so readline never wraps or redraws.
internal static class EchoLatency
{
    private const int LineLength = 100;

    // Letters that the escape sequences shells and tmux emit around a prompt do not end in
    // (h/l bracketed paste, m colours, r/t/n/q and friends), so a match is the echo, not noise.
    private static readonly byte[] Keys = "abcdefgijkopsuvwxyz"u8.ToArray();

    public static async Task<EchoResult> MeasureAsync(TerminalSession terminal, int warmup, int keystrokes, TimeSpan gap)
    {
        await TypeAsync(terminal, warmup, gap, null);
        var samples = new List<double>(keystrokes);
        await TypeAsync(terminal, keystrokes, gap, samples);
        return new EchoResult(samples.Count, Percentiles.Of(samples, 50), Percentiles.Of(samples, 99), samples.Max());
    }

    private static async Task TypeAsync(TerminalSession terminal, int count, TimeSpan gap, List<double>? samples)
    {
        var key = new byte[1];
        var sent = 0L;
        for (var i = 0; i < count; i++)
        {
            key[0] = Keys[i % Keys.Length];
            // Keys start at most every `gap`: a person types far slower, and the hub rate-limits
            // input (400 messages/s by default), which back-to-back keys would exceed.
            if (Stopwatch.GetElapsedTime(sent) is var since && since < gap) await Task.Delay(gap - since);
            terminal.Allow(TimeSpan.FromSeconds(10));
            sent = Stopwatch.GetTimestamp();
            await terminal.SendAsync(key);
            while ((await terminal.NextAsync()).Span.IndexOf(key[0]) < 0)
            {
            }
            samples?.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            if ((i + 1) % LineLength == 0 || i == count - 1)
            {
                await terminal.SendAsync(Prompt.ClearLine);
                await terminal.ReadUntilAsync(Prompt.Bytes);
            }
        }
    }
}
