namespace Codeflare.Storage.Domain;

/// <summary>A file uploaded (in one request or as a completed multipart upload), new or replacing one.</summary>
internal sealed record FileWritten(Guid UserId, string Path, long Size, bool Multipart, DateTimeOffset WrittenAt);
