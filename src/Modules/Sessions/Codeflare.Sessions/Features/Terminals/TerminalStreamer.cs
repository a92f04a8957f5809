using System.Runtime.CompilerServices;
using Codeflare.Sessions.Infrastructure.Terminals;

namespace Codeflare.Sessions.Features.Terminals;

/// <summary>
/// Sends one client exactly the bytes after its offset, in order, never more than the unacknowledged window
/// ahead of it. A client whose place is gone from the ring gets <c>reset=true</c> and a repaint instead.
/// </summary>
internal sealed class TerminalStreamer(TerminalManager terminals, Terminal terminal, AttachState state, TerminalOptions options)
{
    public async IAsyncEnumerable<TerminalChunk> StreamAsync(long fromOffset, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ring = terminal.Ring;
        var position = fromOffset;
        if (position < ring.Start || position > ring.End)
        {
            position = await ResetAsync(cancellationToken);
            yield return new TerminalChunk(position, [], Reset: true);
        }
        while (!cancellationToken.IsCancellationRequested)
        {
            var room = options.UnackedWindowBytes - (position - state.Acked);
            if (room <= 0)
            {
                await Task.WhenAny(state.NextAckAsync(), terminal.Closed).WaitAsync(cancellationToken);
                if (terminal.Closed.IsCompleted && position - state.Acked >= options.UnackedWindowBytes) yield break;
                continue;
            }
            if (position >= ring.End)
            {
                if (terminal.Closed.IsCompleted) yield break;
                await Task.WhenAny(ring.WaitBeyondAsync(position), terminal.Closed).WaitAsync(cancellationToken);
                continue;
            }
            var data = ring.Read(position, (int)Math.Min(room, options.ChunkBytes));
            if (data is null)
            {
                position = await ResetAsync(cancellationToken);
                yield return new TerminalChunk(position, [], Reset: true);
                continue;
            }
            yield return new TerminalChunk(position, data, Reset: false);
            position += data.Length;
        }
    }

    /// <summary>Skips to the end and has tmux redraw the screen, which then arrives as ordinary output.</summary>
    private async Task<long> ResetAsync(CancellationToken cancellationToken)
    {
        var end = terminal.Ring.End;
        state.Restart(end);
        await terminals.RepaintAsync(terminal, cancellationToken);
        return end;
    }
}
