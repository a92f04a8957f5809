namespace Codeflare.Storage.WorkspaceSync;

/// <summary>One of a user's files as the object store holds it; <paramref name="Path"/> is relative to their home.</summary>
internal sealed record StoredObject(string Path, long Size, string ETag, DateTimeOffset LastModified);
