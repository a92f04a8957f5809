using Codeflare.BuildingBlocks.Errors;
using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using MediatR;

namespace Codeflare.Storage.Features.PreviewFile;

internal sealed class PreviewFileQueryHandler(ObjectStore store, UserSpace space) : IRequestHandler<PreviewFileQuery, FilePreview>
{
    private const int PreviewBytes = 1 << 20;
    private static readonly HashSet<string> Images = ["image/png", "image/jpeg", "image/gif", "image/webp"];

    public async Task<FilePreview> Handle(PreviewFileQuery query, CancellationToken cancellationToken)
    {
        var path = query.Path!;
        var head = await store.HeadAsync(space.KeyOf(path), cancellationToken) ?? throw new NotFoundException("file", path);
        var contentType = head.Headers.ContentType ?? "application/octet-stream";
        var size = head.ContentLength;
        if (Images.Contains(contentType)) return new FilePreview(path, "image", contentType, size, null, null, false);
        if (size == 0) return new FilePreview(path, "text", contentType, 0, "utf-8", "", false);

        using var part = await store.GetAsync(space.KeyOf(path), $"bytes=0-{PreviewBytes - 1}", cancellationToken) ?? throw new NotFoundException("file", path);
        using var buffer = new MemoryStream();
        await part.ResponseStream.CopyToAsync(buffer, cancellationToken);
        var truncated = size > PreviewBytes;
        return TextDecoding.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), truncated) is { } text
            ? new FilePreview(path, "text", contentType, size, text.Encoding, text.Text, truncated)
            : new FilePreview(path, "binary", contentType, size, null, null, false);
    }
}
