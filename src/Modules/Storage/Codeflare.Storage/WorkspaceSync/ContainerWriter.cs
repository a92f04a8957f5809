using System.Formats.Tar;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// Store files into the container's archive as it is written: eight fetched at a time (small ones into memory, a
/// large one streamed straight from the store into the archive), written in order with their folders and times. A
/// file gone from the store meanwhile is left out. Nothing is staged on the host's disk.
/// </summary>
internal sealed class ContainerWriter(UserObjects objects, Guid ownerId, WorkspaceManifest manifest, SyncCounts counts)
{
    private const int SmallFile = 1 << 20;

    public async Task WriteAsync(TarWriter tar, IReadOnlyList<(string Source, StoredObject Target)> files, CancellationToken cancellationToken)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var window in files.Chunk(8))
        {
            var small = await Task.WhenAll(window.Select(file => file.Target.Size <= SmallFile ? FetchAsync(file.Source, cancellationToken) : Task.FromResult<byte[]?>(null)));
            for (var index = 0; index < window.Length; index++)
            {
                var (source, stored) = window[index];
                Stream? content;
                long length;
                if (small[index] is { } bytes) (content, length) = (new MemoryStream(bytes), bytes.Length);
                else if (stored.Size > SmallFile && await objects.OpenAsync(ownerId, source, cancellationToken) is { } opened) (content, length) = opened;
                else
                {
                    manifest.Entries.Remove(stored.Path);
                    continue;
                }
                await using var hashing = new HashingStream(content);
                for (var slash = stored.Path.IndexOf('/'); slash > 0; slash = stored.Path.IndexOf('/', slash + 1))
                    if (folders.Add(stored.Path[..slash]))
                        await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, stored.Path[..slash]) { Mode = (UnixFileMode)0b111_101_101 }, cancellationToken);
                await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, stored.Path)
                {
                    DataStream = new KnownLengthStream(hashing, length), ModificationTime = stored.LastModified, Mode = (UnixFileMode)0b110_100_100,
                }, cancellationToken);
                manifest.Entries[stored.Path] = new ManifestEntry(stored.Path, length, stored.LastModified.ToUnixTimeSeconds(), stored.ETag, hashing.Sha256());
                counts.FilesDown++;
                counts.BytesDown += length;
            }
        }
    }

    private async Task<byte[]?> FetchAsync(string source, CancellationToken cancellationToken)
    {
        if (await objects.OpenAsync(ownerId, source, cancellationToken) is not { } opened) return null;
        await using var content = opened.Content;
        var bytes = new byte[opened.Length];
        await content.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }
}
