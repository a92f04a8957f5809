namespace Codeflare.Storage.Features.PreviewFile;

/// <summary>
/// <paramref name="Kind"/>: <c>text</c> (the first MiB as <paramref name="Text"/>, decoded from <paramref name="Encoding"/>),
/// <c>image</c> (show <c>/api/files/content</c>) or <c>binary</c> (nothing to show).
/// </summary>
internal sealed record FilePreview(string Path, string Kind, string ContentType, long Size, string? Encoding, string? Text, bool Truncated);
