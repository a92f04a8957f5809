using System.Text;
using Codeflare.Benchmarks.Targets;

namespace Codeflare.Benchmarks.Measures;

// The harness's side of one terminal: one output enumerator for the whole run, and waits that
// end on a byte pattern rather than on silence, so no measure contains a guessed sleep.
internal sealed class TerminalSession(ITerminalTarget target, CancellationTokenSource deadline) : IAsyncDisposable
{
    private readonly IAsyncEnumerator<ReadOnlyMemory<byte>> output = target.ReadOutputAsync(deadline.Token).GetAsyncEnumerator(deadline.Token);

    public ITerminalTarget Target => target;

    // Every wait gets its own allowance; a target that stalls fails the run instead of hanging it.
    public void Allow(TimeSpan time) => deadline.CancelAfter(time);

    public ValueTask SendAsync(ReadOnlyMemory<byte> input) => target.SendAsync(input, deadline.Token);

    public ValueTask SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

    public async ValueTask<ReadOnlyMemory<byte>> NextAsync()
    {
        if (!await output.MoveNextAsync()) throw new EndOfStreamException($"{target.Name}: the terminal closed its output.");
        return output.Current;
    }

    // Reads until `marker` has arrived; returns how many bytes were read, the marker's chunk included.
    public async Task<long> ReadUntilAsync(ReadOnlyMemory<byte> marker)
    {
        var scanner = new MarkerScanner(marker);
        long bytes = 0;
        while (true)
        {
            var chunk = await NextAsync();
            bytes += chunk.Length;
            if (scanner.Found(chunk.Span)) return bytes;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await output.DisposeAsync();
        }
        catch (OperationCanceledException)
        {
            // A cancelled enumerator may rethrow on dispose; the run is ending either way.
        }
    }
}
