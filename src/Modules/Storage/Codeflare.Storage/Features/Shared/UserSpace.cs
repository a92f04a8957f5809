using Codeflare.BuildingBlocks.Security;
using Codeflare.Storage.Domain;
using Codeflare.Storage.Infrastructure;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Features.Shared;

/// <summary>
/// The signed-in user's part of the bucket: their keys (never anyone else's: the prefix comes from the request
/// context, not from the request), their usage, and the quota check every write makes first.
/// </summary>
internal sealed class UserSpace(ObjectStore store, RequestContext context, IOptions<StorageOptions> options)
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

    /// <summary>Refuses a write of <paramref name="bytes"/> that would take the user past their quota; a replaced file's bytes are freed.</summary>
    public async Task EnsureRoomAsync(long bytes, string? replacing, CancellationToken cancellationToken)
    {
        var used = (await UsageAsync(cancellationToken)).Bytes;
        var freed = replacing is null ? 0 : (await store.HeadAsync(KeyOf(replacing), cancellationToken))?.ContentLength ?? 0;
        if (used - freed + bytes > options.Value.QuotaBytes) throw new QuotaExceededException(options.Value.QuotaBytes);
    }

    public static void EnsureWritable(string path)
    {
        if (StoragePath.TouchesProtected(path)) throw new ProtectedPathException(path);
    }
}
