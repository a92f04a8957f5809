using System.Security.Cryptography;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// Files read out of the container, into the store: small ones are buffered (they are capped by their listed size)
/// and sent sixteen at a time, as a store round trip costs more than the bytes; large ones are streamed as they are read.
/// Each write's ETag and the SHA-256 of the bytes that went up become the file's manifest entry.
/// </summary>
internal sealed class StoreSender(UserObjects objects, Guid ownerId, SyncBudget budget, WorkspaceManifest manifest, SyncCounts counts)
{
    private const int SmallFile = 1 << 20;
    private readonly SemaphoreSlim slots = new(16, 16);
    private readonly List<Task> sending = [];
    private readonly Lock gate = new();

    public async Task SendAsync(string to, ContainerFile file, Stream content, CancellationToken cancellationToken)
    {
        budget.Take(file.Size);
        if (file.Size > SmallFile)
        {
            using var hashing = new HashingStream(new KnownLengthStream(content, file.Size));
            Record(to, file, await objects.WriteAsync(ownerId, to, hashing, file.Size, cancellationToken), hashing.Sha256());
            return;
        }
        var buffer = new byte[file.Size];
        await content.ReadExactlyAsync(buffer, cancellationToken);
        await slots.WaitAsync(cancellationToken);
        sending.Add(Task.Run(async () =>
        {
            try
            {
                // A seekable body: the store refuses an empty upload sent as a stream of unknown end.
                Record(to, file, await objects.WriteAsync(ownerId, to, new MemoryStream(buffer), file.Size, cancellationToken),
                    Convert.ToHexStringLower(SHA256.HashData(buffer)));
            }
            finally
            {
                slots.Release();
            }
        }));
    }

    public Task DrainAsync() => Task.WhenAll(sending);

    private void Record(string to, ContainerFile file, string etag, string sha256)
    {
        lock (gate)
        {
            manifest.Entries[to] = new ManifestEntry(to, file.Size, file.ModifiedSeconds, etag, sha256);
            counts.FilesUp++;
            counts.BytesUp += file.Size;
        }
    }
}
