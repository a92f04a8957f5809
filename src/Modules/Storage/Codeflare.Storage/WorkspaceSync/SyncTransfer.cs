using Codeflare.Storage.Contracts;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// Carries out one sync's actions and keeps the manifest in step. Moves and store copies happen as they come;
/// uploads are read out of the container in one archive and streamed into the store, downloads streamed from the
/// store into one archive into the container, deletions in one call each. A conflict keeps the losing copy as
/// <c>&lt;name&gt;.conflict-&lt;utc&gt;</c> on both sides before the winner takes the name.
/// </summary>
internal sealed class SyncTransfer(
    WorkspaceTarget target, ContainerHome home, UserObjects objects, WorkspaceManifest manifest, SyncBudget budget, DateTimeOffset now, bool running)
{
    private readonly Dictionary<string, (string To, ContainerFile File)> uploads = new(StringComparer.Ordinal);
    private readonly List<(string Source, StoredObject Target)> downloads = [];
    private readonly List<string> containerDeletes = [];
    private readonly List<string> storeDeletes = [];

    public SyncCounts Counts { get; } = new();

    public static bool WritesToStore(SyncAction action) => action.Kind is SyncActionKind.Upload or SyncActionKind.DeleteInStore or SyncActionKind.Conflict;
    public List<string> Skipped { get; } = [];

    public async Task ApplyAsync(SyncAction action, CancellationToken cancellationToken)
    {
        var (path, c, s) = (action.Path, action.Container, action.Stored);
        // A dead container can be read but not changed: only what goes up is done; a conflict keeps its copy beside the store's.
        if (!running && action.Kind is not (SyncActionKind.Upload or SyncActionKind.DeleteInStore))
        {
            if (action.Kind == SyncActionKind.Conflict)
            {
                Counts.Conflicts++;
                Upload(path, SyncPlan.ConflictName(path, now), c!);
            }
            return;
        }
        switch (action.Kind)
        {
            case SyncActionKind.Upload:
                Upload(path, path, c!);
                break;
            case SyncActionKind.Download:
                Download(s!.Path, s);
                break;
            case SyncActionKind.DeleteInContainer:
                containerDeletes.Add(path);
                manifest.Entries.Remove(path);
                Counts.DeletedDown++;
                break;
            case SyncActionKind.DeleteInStore:
                storeDeletes.Add(path);
                manifest.Entries.Remove(path);
                Counts.DeletedUp++;
                break;
            case SyncActionKind.Adopt:
                manifest.Entries[path] = new ManifestEntry(path, c!.Size, c.ModifiedSeconds, s!.ETag, action.Sha256);
                break;
            case SyncActionKind.Conflict:
                await ConflictAsync(path, c!, s!, action.ContainerWins, cancellationToken);
                break;
        }
    }

    private async Task ConflictAsync(string path, ContainerFile c, StoredObject s, bool containerWins, CancellationToken cancellationToken)
    {
        var loser = SyncPlan.ConflictName(path, now);
        Counts.Conflicts++;
        if (containerWins)
        {
            // The store's copy moves aside in the store first (the upload then replaces it at the path), and comes down under that name.
            await objects.CopyAsync(target.OwnerId, path, loser, cancellationToken);
            Download(loser, s with { Path = loser });
            Upload(path, path, c);
        }
        else
        {
            await home.MoveAsync(target.ContainerId, path, loser, cancellationToken);
            Upload(loser, loser, c with { Path = loser });
            Download(path, s);
        }
    }

    public void Download(string source, StoredObject stored) => downloads.Add((source, stored));

    private void Upload(string from, string to, ContainerFile file) => uploads[from] = (to, file with { Path = from });

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        var wanted = uploads.ToDictionary(upload => upload.Key, upload => upload.Value.File, StringComparer.Ordinal);
        var sender = new StoreSender(objects, target.OwnerId, budget, manifest, Counts);
        try
        {
            Skipped.AddRange(await home.ReadManyAsync(target.ContainerId, wanted, running,
                (file, content) => sender.SendAsync(uploads[file.Path].To, file, content, cancellationToken), cancellationToken));
        }
        finally
        {
            // No upload outlives its sync (and its lease), whatever stopped the reading.
            await sender.DrainAsync();
        }
        if (downloads.Count > 0)
            await home.WriteAsync(target.ContainerId, (tar, token) => new ContainerWriter(objects, target.OwnerId, manifest, Counts).WriteAsync(tar, downloads, token),
                cancellationToken);
        if (containerDeletes.Count > 0) await home.DeleteAsync(target.ContainerId, containerDeletes, cancellationToken);
        if (storeDeletes.Count > 0) await objects.DeleteAsync(target.OwnerId, storeDeletes, cancellationToken);
    }
}
