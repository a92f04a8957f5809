namespace Codeflare.Storage.Domain;

/// <summary>A file, or a folder with everything in it.</summary>
internal sealed record FilesDeleted(Guid UserId, string Path, int Files, long Bytes, DateTimeOffset DeletedAt);
