using Amazon.S3.Model;
using Codeflare.Storage.Infrastructure;

namespace Codeflare.Storage.Features.Shared;

/// <summary>What a path names in a user's space: one file, or a folder with the objects under it (its marker included).</summary>
internal sealed record FileTree(string Path, bool IsFolder, IReadOnlyList<S3Object> Objects)
{
    public long Bytes => Objects.Sum(item => item.Size ?? 0);

    public int Files => Objects.Count(item => !item.Key.EndsWith('/'));

    /// <summary>A file when one exists at the path (and it does not end in <c>/</c>), else the folder; null when neither has anything.</summary>
    public static async Task<FileTree?> FindAsync(ObjectStore store, UserSpace space, string path, CancellationToken cancellationToken)
    {
        if (!path.EndsWith('/') && await store.HeadAsync(space.KeyOf(path), cancellationToken) is { } file)
            return new FileTree(path, false, [new S3Object { Key = space.KeyOf(path), Size = file.ContentLength }]);
        var folder = FilePaths.AsFolder(path);
        var objects = new List<S3Object>();
        await foreach (var item in store.AllAsync(space.KeyOf(folder), cancellationToken)) objects.Add(item);
        return objects.Count == 0 ? null : new FileTree(folder, true, objects);
    }
}
