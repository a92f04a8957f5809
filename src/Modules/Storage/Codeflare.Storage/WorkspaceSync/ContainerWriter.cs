using System.Formats.Tar;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// Store files into the container's archive as it is written, in order, with their folders and times. Small files
/// are fetched ahead, up to <see cref="Ahead"/> at once (a store round trip costs more than their bytes, and the
/// window bounds the memory they hold); a large one is streamed straight from the store into the archive, in ranges fetched a few ahead. A file gone
/// from the store meanwhile is left out. Nothing is staged on the host's disk.
/// </summary>
internal sealed class ContainerWriter(UserObjects objects, Guid ownerId, WorkspaceManifest manifest, SyncCounts counts)
{
    private const int SmallFile = 1 << 20;
    private const int Ahead = 32;

    public async Task WriteAsync(TarWriter tar, IReadOnlyList<(string Source, StoredObject Target)> files, CancellationToken cancellationToken)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var fetching = new Queue<Task<byte[]?>>();
        var next = 0;
        for (var index = 0; index < files.Count; index++)
        {
            for (; next < files.Count && next < index + Ahead; next++)
                fetching.Enqueue(files[next].Target.Size <= SmallFile ? FetchAsync(files[next].Source, files[next].Target.Size, cancellationToken) : Task.FromResult<byte[]?>(null));
            var small = await fetching.Dequeue();
            var (source, stored) = files[index];
            Stream content;
            long length;
            if (small is not null) (content, length) = (new MemoryStream(small), small.Length);
            else if (stored.Size > SmallFile && new RangedObjectStream(objects, ownerId, source, stored.Size) is var ranged && await ranged.StartAsync(cancellationToken))
                (content, length) = (ranged, stored.Size);
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

    /// <summary>A small file's bytes; null when it is gone or no longer the size listed (replaced meanwhile: the next sync sees it).</summary>
    private async Task<byte[]?> FetchAsync(string source, long listed, CancellationToken cancellationToken)
    {
        if (await objects.OpenAsync(ownerId, source, cancellationToken) is not { } opened) return null;
        if (opened.Length != listed)
        {
            await opened.Content.DisposeAsync();
            return null;
        }
        await using var content = opened.Content;
        var bytes = new byte[opened.Length];
        await content.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }
}
