namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// A large stored file read front to back as ranges fetched a few ahead: one GET at a time caps a restore at one
/// connection's speed, and the archive has to be written in order anyway. Memory stays at <c>chunk × ahead</c> bytes.
/// The stream is exactly <paramref name="length"/> bytes (the length the listing gave); a shorter object fails it.
/// </summary>
internal sealed class RangedObjectStream(UserObjects objects, Guid ownerId, string path, long length) : Stream
{
    private const int Chunk = 8 << 20;
    private const int Ahead = 4;
    private readonly Queue<Task<byte[]>> fetching = new();
    private long requested;
    private byte[] current = [];
    private int offset;
    private long position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    /// <summary>Fetches the first range; false when the object is gone (it is then left out, as the sync does with any vanished file).</summary>
    public async Task<bool> StartAsync(CancellationToken cancellationToken)
    {
        FetchAhead(cancellationToken);
        try
        {
            (current, offset) = (await fetching.Dequeue(), 0);
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (offset == current.Length)
        {
            FetchAhead(cancellationToken);
            if (fetching.Count == 0) return 0;
            (current, offset) = (await fetching.Dequeue(), 0);
        }
        var count = Math.Min(buffer.Length, current.Length - offset);
        current.AsMemory(offset, count).CopyTo(buffer);
        offset += count;
        position += count;
        return count;
    }

    private void FetchAhead(CancellationToken cancellationToken)
    {
        while (fetching.Count < Ahead && requested < length)
        {
            var from = requested;
            var to = Math.Min(length, from + Chunk) - 1;
            fetching.Enqueue(FetchAsync(from, to, cancellationToken));
            requested = to + 1;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private async Task<byte[]> FetchAsync(long from, long to, CancellationToken cancellationToken)
    {
        var opened = await objects.OpenAsync(ownerId, path, cancellationToken, $"bytes={from}-{to}")
            ?? throw new FileNotFoundException($"'{path}' was removed from the store while it was read.");
        await using var content = opened.Content;
        var bytes = new byte[to - from + 1];
        await content.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override void Flush() { }
}
