using Codeflare.ContainerEngine;
using Codeflare.Sessions.Infrastructure.Recordings;

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

    private readonly TerminalRecorder? recorder;
    private readonly TaskCompletionSource disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int disposing;

    public Terminal(TerminalKey key, string containerId, TtyExec exec, OutputRing ring, TerminalRecorder? recorder, Action onOutput)
    {
        this.exec = exec;
        this.recorder = recorder;
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
            recorder?.Input(input.Span);
        }
        finally
        {
            writeGate.Release();
        }
    }

    public async Task ResizeAsync(int cols, int rows, CancellationToken cancellationToken)
    {
        await exec.ResizeAsync(cols, rows, cancellationToken);
        recorder?.Resized(cols, rows);
    }

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
                recorder?.Output(buffer.AsSpan(0, read));
                onOutput();
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Once: the manager forgets a closed terminal and a host shutting down closes them all, possibly at once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposing, 1) == 1)
        {
            await disposed.Task;
            return;
        }
        try
        {
            await CloseAsync();
        }
        finally
        {
            disposed.TrySetResult();
        }
    }

    private async Task CloseAsync()
    {
        await stopping.CancelAsync();
        exec.Dispose();
        await Closed;
        if (recorder is not null) await recorder.DisposeAsync();
        stopping.Dispose();
    }
}
