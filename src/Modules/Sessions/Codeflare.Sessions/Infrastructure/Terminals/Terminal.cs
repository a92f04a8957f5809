using Codeflare.ContainerEngine;

namespace Codeflare.Sessions.Infrastructure.Terminals;

/// <summary>
/// One tab on this host: a single Docker exec with a TTY running <c>tmux new-session -A</c>, whose output is
/// read as fast as it comes into the ring and fanned out to every attached client from there.
/// </summary>
internal sealed class Terminal : IAsyncDisposable
{
    private readonly TtyExec exec;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly Action onOutput;

    public Terminal(TerminalKey key, string containerId, TtyExec exec, OutputRing ring, Action onOutput)
    {
        this.exec = exec;
        this.onOutput = onOutput;
        Key = key;
        ContainerId = containerId;
        Ring = ring;
        Closed = PumpAsync();
    }

    public TerminalKey Key { get; }
    public string ContainerId { get; }
    public string ExecId => exec.Id;
    public OutputRing Ring { get; }

    /// <summary>Completes when the exec ends: the tab's shell exited, or the container went away.</summary>
    public Task Closed { get; }

    public async Task WriteAsync(ReadOnlyMemory<byte> input, CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            await exec.WriteAsync(input, cancellationToken);
        }
        finally
        {
            writeGate.Release();
        }
    }

    public Task ResizeAsync(int cols, int rows, CancellationToken cancellationToken) => exec.ResizeAsync(cols, rows, cancellationToken);

    private async Task PumpAsync()
    {
        await Task.Yield();
        var buffer = new byte[64 * 1024];
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var read = await exec.ReadAsync(buffer, stopping.Token);
                if (read == 0) break;
                Ring.Append(buffer.AsSpan(0, read));
                onOutput();
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        exec.Dispose();
        await Closed;
        stopping.Dispose();
    }
}
