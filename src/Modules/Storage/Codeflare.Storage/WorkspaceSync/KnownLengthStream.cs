namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// A forward-only stream of a known length that says it can seek, so <c>TarWriter</c> takes its length from it and
/// streams it into a forward-only archive (it only buffers unseekable entries into a seekable archive). Reads stop at
/// the length even when the source would give more; a source that ends early fails the entry.
/// </summary>
internal sealed class KnownLengthStream(Stream source, long length) : Stream
{
    private long position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = source.Read(buffer[..(int)Math.Min(buffer.Length, length - position)]);
        return Advance(read, buffer.Length);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await source.ReadAsync(buffer[..(int)Math.Min(buffer.Length, length - position)], cancellationToken);
        return Advance(read, buffer.Length);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Advance(int read, int asked)
    {
        if (read == 0 && asked > 0 && position < length) throw new EndOfStreamException($"The source ended after {position} of {length} bytes.");
        position += read;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override void Flush() { }

    protected override void Dispose(bool disposing)
    {
        if (disposing) source.Dispose();
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync() => source.DisposeAsync();
}
