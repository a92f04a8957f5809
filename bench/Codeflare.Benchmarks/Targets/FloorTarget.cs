using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Codeflare.Benchmarks.Docker;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Codeflare.Benchmarks.Targets;

// The floor of SPEC §10: a Docker exec with a TTY straight into the bench container. Nothing is
// between the harness and dockerd but the Engine API's hijacked connection, so no terminal
// server can beat it; every other target is compared with it.
internal sealed class FloorTarget(IDockerClient docker, BenchContainer container, string prompt) : ITerminalTarget
{
    // Large enough that a flood is read in few calls; small enough to stay out of the LOH churn.
    private const int ReadBufferBytes = 1 << 20;

    private readonly byte[] buffer = new byte[ReadBufferBytes];
    private MultiplexedStream? stream;

    public string Name => "floor";

    public string Description =>
        "Docker Engine API exec with TTY=true on the local socket (Docker.DotNet.Enhanced), read with a 1 MiB buffer";

    public async Task StartAsync(int cols, int rows, CancellationToken ct)
    {
        var exec = await docker.Exec.CreateContainerExecAsync(container.Id, new ContainerExecCreateParameters
        {
            TTY = true,
            AttachStdin = true,
            AttachStdout = true,
            AttachStderr = true,
            Env = [$"PS1={prompt}", "TERM=xterm-256color"],
            Cmd = ["bash", "--norc", "--noprofile"],
        }, ct);
        stream = await docker.Exec.StartContainerExecAsync(exec.ID, new ContainerExecStartParameters { TTY = true }, ct);
        await docker.Exec.ResizeExecTtyAsync(exec.ID, new ContainerResizeParameters { Width = cols, Height = rows }, ct);
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> input, CancellationToken ct) =>
        MemoryMarshal.TryGetArray(input, out var segment)
            ? new(Stream.WriteAsync(segment.Array!, segment.Offset, segment.Count, ct))
            : new(Stream.WriteAsync(input.ToArray(), 0, input.Length, ct));

    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadOutputAsync([EnumeratorCancellation] CancellationToken ct)
    {
        while (true)
        {
            var read = await Stream.ReadOutputAsync(buffer, 0, buffer.Length, ct);
            if (read.EOF) yield break;
            yield return buffer.AsMemory(0, read.Count);
        }
    }

    private MultiplexedStream Stream => stream ?? throw new InvalidOperationException("The floor terminal is not started.");

    public ValueTask DisposeAsync()
    {
        stream?.Dispose();
        return ValueTask.CompletedTask;
    }
}
