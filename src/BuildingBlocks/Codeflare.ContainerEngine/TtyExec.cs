using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Codeflare.ContainerEngine;

/// <summary>
/// A running exec with a TTY: its output (one stream; a TTY does not separate stderr), its input, its size. Reads
/// and writes go straight to the connection, without copies of their own.
/// </summary>
public sealed class TtyExec : IDisposable
{
    private readonly IDockerClient docker;
    private readonly MultiplexedStream stream;

    internal TtyExec(IDockerClient docker, string id, MultiplexedStream stream)
    {
        this.docker = docker;
        this.stream = stream;
        Id = id;
    }

    public string Id { get; }

    /// <summary>Reads at most <c>buffer.Length</c> bytes of output into <paramref name="buffer"/>; 0 when the output has ended.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<int> ReadAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken);
        return read.EOF ? 0 : read.Count;
    }

    /// <summary>Writes input; one writer at a time (the caller serialises).</summary>
    public Task WriteAsync(ReadOnlyMemory<byte> input, CancellationToken cancellationToken) =>
        MemoryMarshal.TryGetArray(input, out var segment)
            ? stream.WriteAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken)
            : stream.WriteAsync(input.ToArray(), 0, input.Length, cancellationToken);

    public Task ResizeAsync(int cols, int rows, CancellationToken cancellationToken) =>
        docker.Exec.ResizeExecTtyAsync(Id, new ContainerResizeParameters { Width = cols, Height = rows }, cancellationToken);

    /// <summary>Closes the connection: a pending read ends with an exception or 0.</summary>
    public void Dispose() => stream.Dispose();
}
