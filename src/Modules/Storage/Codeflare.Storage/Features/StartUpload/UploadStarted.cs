namespace Codeflare.Storage.Features.StartUpload;

/// <summary>Parts are numbered from 1; each but the last is at least <paramref name="MinPartBytes"/>.</summary>
internal sealed record UploadStarted(Guid Id, string Path, long Size, long MinPartBytes, long MaxPartBytes);
