using System.Security.Cryptography;
using Codeflare.Sessions.Domain;

namespace Codeflare.Sessions.Infrastructure.Recordings;

/// <summary>
/// A recording's parts read as one seekable stream (so ASP.NET can answer <c>Range</c>), each part opened where the
/// read needs it. The store is not trusted further than the events: a part is read no further than the bytes its
/// event recorded, one that ends early or whose bytes do not hash to the recorded SHA-256 aborts the read.
/// </summary>
internal sealed class RecordingStream : Stream
{
    private readonly IReadOnlyList<RecordingPart> parts;
    private readonly long[] starts;
    private readonly Func<string, long, CancellationToken, Task<Stream>> open;
    private Stream? current;
    private IncrementalHash? hash;
    private int currentPart = -1;
    private long currentAt = -1;
    private long position;

    public RecordingStream(IReadOnlyList<RecordingPart> parts, Func<string, long, CancellationToken, Task<Stream>> open)
    {
        this.parts = parts;
        this.open = open;
        starts = new long[parts.Count + 1];
        for (var i = 0; i < parts.Count; i++) starts[i + 1] = starts[i] + parts[i].Bytes;
    }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => starts[^1];

    public override long Position
    {
        get => position;
        set => position = value is >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (position >= Length || buffer.Length == 0) return 0;
        var index = Array.BinarySearch(starts, position);
        index = index >= 0 ? index : ~index - 1;
        if (current is null || currentPart != index || currentAt != position) await OpenAsync(index, cancellationToken);
        var end = starts[index + 1];
        var read = await current!.ReadAsync(buffer[..(int)Math.Min(buffer.Length, end - position)], cancellationToken);
        if (read == 0) throw new IOException($"Part {parts[index].Number} of the recording is shorter in the store than its event recorded.");
        hash?.AppendData(buffer.Span[..read]);
        position += read;
        currentAt = position;
        if (position == end && hash is not null && Convert.ToHexStringLower(hash.GetHashAndReset()) != parts[index].Sha256)
            throw new IOException($"Part {parts[index].Number} of the recording does not match the SHA-256 its event recorded.");
        return read;
    }

    private async Task OpenAsync(int index, CancellationToken cancellationToken)
    {
        await DisposeCurrentAsync();
        var offset = position - starts[index];
        current = await open(parts[index].Key, offset, cancellationToken);
        // Only a part read from its first byte can be checked against its hash.
        hash = offset == 0 ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        currentPart = index;
        currentAt = position;
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => Length + offset,
    };

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private async ValueTask DisposeCurrentAsync()
    {
        if (current is not null) await current.DisposeAsync();
        hash?.Dispose();
        (current, hash) = (null, null);
    }

    public override async ValueTask DisposeAsync()
    {
        await DisposeCurrentAsync();
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            current?.Dispose();
            hash?.Dispose();
        }
        base.Dispose(disposing);
    }
}
