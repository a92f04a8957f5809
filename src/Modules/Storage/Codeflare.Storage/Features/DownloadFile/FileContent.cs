namespace Codeflare.Storage.Features.DownloadFile;

/// <summary>An object's bytes (all, or the requested range) as the store streams them; the endpoint disposes the body.</summary>
internal sealed record FileContent(Stream Body, long Length, string ContentType, string? ContentRange, string? ETag, DateTimeOffset? LastModified)
{
    public bool Partial => ContentRange is not null;
}
