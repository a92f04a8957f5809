using Codeflare.Storage.Domain;
using Codeflare.Storage.Infrastructure;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>One user's files in the store as the sync reads and writes them (the file API's own slices use <see cref="ObjectStore"/> too).</summary>
internal sealed class UserObjects(ObjectStore store)
{
    public async Task<Dictionary<string, StoredObject>> ListAsync(Guid userId, CancellationToken cancellationToken)
    {
        var prefix = StoragePath.KeyFor(userId, "");
        var objects = new Dictionary<string, StoredObject>(StringComparer.Ordinal);
        await foreach (var item in store.AllAsync(prefix, cancellationToken))
        {
            if (item.Key.EndsWith('/')) continue;
            var path = item.Key[prefix.Length..];
            objects[path] = new StoredObject(path, item.Size ?? 0, item.ETag ?? "",
                new DateTimeOffset((item.LastModified ?? DateTime.UnixEpoch).ToUniversalTime(), TimeSpan.Zero));
        }
        return objects;
    }

    /// <summary>The object's bytes (or a <c>bytes=from-to</c> range of them) and their length, or null when it is gone.</summary>
    public async Task<(Stream Content, long Length)?> OpenAsync(Guid userId, string path, CancellationToken cancellationToken, string? range = null)
    {
        var response = await store.GetAsync(StoragePath.KeyFor(userId, path), range, cancellationToken);
        return response is null ? null : (response.ResponseStream, response.ContentLength);
    }

    /// <summary>Writes a file from a forward-only stream of known length; returns the store's ETag.</summary>
    public Task<string> WriteAsync(Guid userId, string path, Stream content, long length, CancellationToken cancellationToken) =>
        store.WriteLargeAsync(StoragePath.KeyFor(userId, path), content, length, Features.Shared.ContentTypes.For(path, null), cancellationToken);

    public Task CopyAsync(Guid userId, string from, string to, CancellationToken cancellationToken) =>
        store.CopyAsync(StoragePath.KeyFor(userId, from), StoragePath.KeyFor(userId, to), cancellationToken);

    /// <summary>The bytes of parts already uploaded to the user's unfinished multipart uploads: they count against the quota too.</summary>
    public async Task<long> PartsInFlightAsync(Guid userId, CancellationToken cancellationToken)
    {
        long bytes = 0;
        foreach (var upload in await store.OpenUploadsAsync(StoragePath.KeyFor(userId, ""), cancellationToken))
            bytes += (await store.PartsAsync(upload.Key, upload.UploadId, cancellationToken)).Sum(part => part.Size ?? 0);
        return bytes;
    }

    public Task DeleteAsync(Guid userId, IReadOnlyList<string> paths, CancellationToken cancellationToken) =>
        store.DeleteAsync(paths.Select(path => StoragePath.KeyFor(userId, path)).ToList(), cancellationToken);
}
