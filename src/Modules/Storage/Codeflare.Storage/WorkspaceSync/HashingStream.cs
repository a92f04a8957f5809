using System.Security.Cryptography;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// Reads through to its source and hashes what passed (SHA-256, and MD5 to compare with a store's plain ETag). The
/// hashes stay readable after it is disposed: the S3 client disposes the streams it sends, whatever it is told.
/// </summary>
internal sealed class HashingStream(Stream source) : Stream
{
    private readonly IncrementalHash sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly IncrementalHash md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);

    public long BytesRead { get; private set; }
    private (string Sha256, string Md5)? final;

    public string Sha256() => final?.Sha256 ?? Convert.ToHexStringLower(sha256.GetCurrentHash());
    public string Md5() => final?.Md5 ?? Convert.ToHexStringLower(md5.GetCurrentHash());

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => source.Length;

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Seen(buffer.AsSpan(offset, source.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await source.ReadAsync(buffer, cancellationToken);
        return Seen(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Seen(ReadOnlySpan<byte> bytes)
    {
        sha256.AppendData(bytes);
        md5.AppendData(bytes);
        BytesRead += bytes.Length;
        return bytes.Length;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override void Flush() { }

    protected override void Dispose(bool disposing)
    {
        if (disposing && final is null)
        {
            final = (Sha256(), Md5());
            sha256.Dispose();
            md5.Dispose();
        }
        base.Dispose(disposing);
    }
}
