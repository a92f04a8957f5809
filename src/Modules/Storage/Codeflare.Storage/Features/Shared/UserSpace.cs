using Codeflare.BuildingBlocks.Security;
using Codeflare.Storage.Domain;
using Codeflare.Storage.Infrastructure;
using Marten;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Features.Shared;

/// <summary>
/// The signed-in user's part of the bucket: their keys (never anyone else's: the prefix comes from the request
/// context, not from the request), their usage, and the lock every write takes before its quota check.
/// </summary>
internal sealed class UserSpace(
    ObjectStore store, RequestContext context, IDocumentSession documentSession, IDocumentStore documents, IOptions<StorageOptions> options)
{
    public Guid UserId => context.UserId!.Value;

    public string Prefix => StoragePath.KeyFor(UserId, "");

    public string KeyOf(string path) => StoragePath.KeyFor(UserId, path);

    public string PathOf(string key) => key[Prefix.Length..];

    public async Task<FileUsage> UsageAsync(CancellationToken cancellationToken)
    {
        int files = 0;
        long bytes = 0;
        var folders = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in store.AllAsync(Prefix, cancellationToken))
        {
            var path = PathOf(item.Key);
            for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1)) folders.Add(path[..(slash + 1)]);
            if (path.EndsWith('/')) continue;
            files++;
            bytes += item.Size ?? 0;
        }
        return new FileUsage(files, folders.Count, bytes, options.Value.QuotaBytes);
    }

    /// <summary>
    /// Takes the user's write lock (<see cref="UserWriteLock"/>) and then reads what their space holds: files, the
    /// parts of every unfinished upload under their prefix (the bucket's own list, so parts of an upload the database
    /// lost count too), and the uploads the file API has open. Bodies are read before this, so a slow client never holds the lock.
    /// </summary>
    public async Task<SpaceUsage> LockForWriteAsync(CancellationToken cancellationToken)
    {
        await LockAsync(cancellationToken);
        var stored = (await UsageAsync(cancellationToken)).Bytes;
        var uploads = new List<UploadParts>();
        foreach (var upload in await store.OpenUploadsAsync(Prefix, cancellationToken))
        {
            var parts = await store.PartsAsync(upload.Key, upload.UploadId, cancellationToken);
            uploads.Add(new UploadParts(upload.UploadId, parts.ToDictionary(part => part.PartNumber ?? 0, part => part.Size ?? 0)));
        }
        var open = await documentSession.Query<PendingUpload>().CountAsync(pending => pending.OwnerId == UserId, cancellationToken);
        return new SpaceUsage(stored, uploads, open);
    }

    /// <summary>The user's write lock alone, for a change that frees space and so needs no usage.</summary>
    public Task LockAsync(CancellationToken cancellationToken) =>
        UserWriteLock.AcquireAsync(documentSession, UserId, options.Value.WriteLockTimeout, cancellationToken);

    /// <summary>The bytes of the file at <paramref name="path"/>, which a write there frees; 0 when there is none.</summary>
    public async Task<long> BytesAtAsync(string path, CancellationToken cancellationToken) =>
        (await store.HeadAsync(KeyOf(path), cancellationToken))?.ContentLength ?? 0;

    /// <summary>
    /// Changes the user's store token in a transaction of its own, before a write reaches the store (the handler's own unit
    /// of work changes it again after): no session's sync trusts a view of the store taken before this write.
    /// </summary>
    public async Task InvalidateStoreViewsAsync(CancellationToken cancellationToken)
    {
        await using var own = documents.LightweightSession();
        own.Store(StoreGeneration.Next(UserId));
        await own.SaveChangesAsync(cancellationToken);
    }

    public static void EnsureWritable(string path)
    {
        if (StoragePath.TouchesProtected(path)) throw new ProtectedPathException(path);
    }
}
