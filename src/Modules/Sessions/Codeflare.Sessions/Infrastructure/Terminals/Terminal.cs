using Docker.DotNet;
using Docker.DotNet.Models;

namespace Codeflare.Sessions.Infrastructure.Terminals;

/// <summary>
/// One tab on this host: a single Docker exec with a TTY running <c>tmux new-session -A</c>, whose output is
/// read as fast as it comes into the ring and fanned out to every attached client from there.
/// </summary>
internal sealed class Terminal : IAsyncDisposable
{
    private readonly IDockerClient docker;
    private readonly MultiplexedStream stream;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly Action onOutput;

    public Terminal(IDockerClient docker, TerminalKey key, string containerId, string execId, MultiplexedStream stream, OutputRing ring, Action onOutput)
    {
        this.docker = docker;
        this.stream = stream;
        this.onOutput = onOutput;
        Key = key;
        ContainerId = containerId;
        ExecId = execId;
        Ring = ring;
        Closed = PumpAsync();
    }

    public TerminalKey Key { get; }
    public string ContainerId { get; }
    public string ExecId { get; }
    public OutputRing Ring { get; }

    /// <summary>Completes when the exec ends: the tab's shell exited, or the container went away.</summary>
    public Task Closed { get; }

    public async Task WriteAsync(ReadOnlyMemory<byte> input, CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            var bytes = input.ToArray();
            await stream.WriteAsync(bytes, 0, bytes.Length, cancellationToken);
        }
        finally
        {
            writeGate.Release();
        }
    }

    public Task ResizeAsync(int cols, int rows, CancellationToken cancellationToken) =>
        docker.Exec.ResizeExecTtyAsync(ExecId, new ContainerResizeParameters { Width = cols, Height = rows }, cancellationToken);

    private async Task PumpAsync()
    {
        await Task.Yield();
        var buffer = new byte[64 * 1024];
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, stopping.Token);
                if (read.EOF || read.Count == 0) break;
                Ring.Append(buffer.AsSpan(0, read.Count));
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
        stream.Dispose();
        await Closed;
        stopping.Dispose();
    }
}
