namespace Codeflare.Storage.Domain;

/// <summary>
/// A multipart upload between its start and its completion or abort: what the client's upload id stands for.
/// Working state, not history: the file's arrival is the <see cref="FileWritten"/> event.
/// </summary>
internal sealed record PendingUpload(Guid Id, Guid OwnerId, string Path, string S3UploadId, long Size, DateTimeOffset StartedAt);
