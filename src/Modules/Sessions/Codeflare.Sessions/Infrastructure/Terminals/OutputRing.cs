namespace Codeflare.Sessions.Infrastructure.Terminals;

/// <summary>
/// The last <c>capacity</c> bytes of a terminal's output, addressed by absolute offset. Writers never wait for
/// readers: a reader that falls behind the start is told so (and resynchronised), so memory stays bounded.
/// </summary>
internal sealed class OutputRing(int capacity, long firstOffset)
{
    private readonly byte[] buffer = new byte[capacity];
    private readonly object gate = new();
    private TaskCompletionSource grew = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Start { get; private set; } = firstOffset;
    public long End { get; private set; } = firstOffset;

    public void Append(ReadOnlySpan<byte> data)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            if (data.Length > capacity) data = data[^capacity..];
            var at = (int)(End % capacity);
            var first = Math.Min(data.Length, capacity - at);
            data[..first].CopyTo(buffer.AsSpan(at));
            data[first..].CopyTo(buffer);
            End += data.Length;
            Start = Math.Max(Start, End - capacity);
            signal = grew;
            grew = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        signal.TrySetResult();
    }

    /// <summary>Completes when output beyond <paramref name="offset"/> exists (at once if it already does).</summary>
    public Task WaitBeyondAsync(long offset)
    {
        lock (gate) return End > offset ? Task.CompletedTask : grew.Task;
    }

    /// <summary>Copies up to <paramref name="max"/> bytes from <paramref name="offset"/>; null when they are gone from the ring.</summary>
    public byte[]? Read(long offset, int max)
    {
        lock (gate)
        {
            if (offset < Start) return null;
            var length = (int)Math.Min(max, End - offset);
            var chunk = new byte[Math.Max(0, length)];
            var at = (int)(offset % capacity);
            var first = Math.Min(chunk.Length, capacity - at);
            buffer.AsSpan(at, first).CopyTo(chunk);
            buffer.AsSpan(0, chunk.Length - first).CopyTo(chunk.AsSpan(first));
            return chunk;
        }
    }
}
