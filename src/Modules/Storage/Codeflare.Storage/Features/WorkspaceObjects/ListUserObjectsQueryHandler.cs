using Codeflare.Storage.Contracts;
using Codeflare.Storage.Domain;
using Codeflare.Storage.Infrastructure;
using MediatR;

namespace Codeflare.Storage.Features.WorkspaceObjects;

internal sealed class ListUserObjectsQueryHandler(ObjectStore store) : IRequestHandler<ListUserObjectsQuery, IReadOnlyList<StoredObject>>
{
    public async Task<IReadOnlyList<StoredObject>> Handle(ListUserObjectsQuery query, CancellationToken cancellationToken)
    {
        var prefix = StoragePath.KeyFor(query.UserId, "");
        var objects = new List<StoredObject>();
        await foreach (var item in store.AllAsync(prefix, cancellationToken))
        {
            if (item.Key.EndsWith('/')) continue;
            objects.Add(new StoredObject(item.Key[prefix.Length..], item.Size ?? 0, item.ETag ?? "",
                new DateTimeOffset((item.LastModified ?? DateTime.UnixEpoch).ToUniversalTime(), TimeSpan.Zero)));
        }
        return objects;
    }
}
