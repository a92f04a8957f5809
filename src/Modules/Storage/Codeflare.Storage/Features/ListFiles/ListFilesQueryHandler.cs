using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using MediatR;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Features.ListFiles;

internal sealed class ListFilesQueryHandler(ObjectStore store, UserSpace space, IOptions<StorageOptions> options)
    : IRequestHandler<ListFilesQuery, FileListing>
{
    public async Task<FileListing> Handle(ListFilesQuery query, CancellationToken cancellationToken)
    {
        var folder = FilePaths.AsFolder(query.Path);
        var page = await store.ListAsync(space.KeyOf(folder), "/", query.Cursor, options.Value.ListPageSize, cancellationToken);
        var folders = (page.CommonPrefixes ?? []).Select(prefix => space.PathOf(prefix))
            .Select(path => new FileEntry(path[folder.Length..^1], path, "folder", 0, null));
        // A folder's own marker object (a key ending in /) is not an entry of itself.
        var files = (page.S3Objects ?? []).Where(item => !item.Key.EndsWith('/')).Select(item =>
        {
            var path = space.PathOf(item.Key);
            return new FileEntry(path[folder.Length..], path, "file", item.Size ?? 0, item.LastModified?.ToUniversalTime());
        });
        return new FileListing([.. folders, .. files], page.IsTruncated == true ? page.NextContinuationToken : null);
    }
}
