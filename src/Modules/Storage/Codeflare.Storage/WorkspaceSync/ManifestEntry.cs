namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// A file as both sides had it after the last sync: what "changed since" is measured against. <paramref name="Sha256"/>
/// is the content's hash as the sync itself read or wrote it (null for entries from before hashes were kept), so a
/// container file is never overwritten when its bytes differ from what the sync last saw, whatever its size and time say.
/// </summary>
internal sealed record ManifestEntry(string Path, long Size, long ModifiedSeconds, string ETag, string? Sha256 = null);
