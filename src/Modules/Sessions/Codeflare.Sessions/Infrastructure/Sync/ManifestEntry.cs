namespace Codeflare.Sessions.Infrastructure.Sync;

/// <summary>A file as both sides had it after the last sync: what "changed since" is measured against.</summary>
internal sealed record ManifestEntry(string Path, long Size, long ModifiedSeconds, string ETag);
