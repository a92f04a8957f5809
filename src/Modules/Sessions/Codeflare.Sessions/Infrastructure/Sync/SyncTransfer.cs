using Codeflare.Sessions.Domain;
using Codeflare.Storage.Contracts;
using MediatR;

namespace Codeflare.Sessions.Infrastructure.Sync;

/// <summary>
/// Carries out one sync's actions and keeps the manifest in step. Uploads go one by one as they come; downloads
/// are gathered into one archive and deletions into one call each, at the end. A conflict keeps the losing copy
/// as <c>&lt;name&gt;.conflict-&lt;utc&gt;</c> on both sides before the winner takes the name.
/// </summary>
internal sealed class SyncTransfer(
    Session session, string containerId, ContainerFiles files, IMediator mediator, WorkspaceManifest manifest, DateTimeOffset now, bool containerWritable)
{
    private readonly List<IncomingFile> downloads = [];
    private readonly List<string> containerDeletes = [];
    private readonly List<string> storeDeletes = [];
    private readonly Dictionary<string, ContainerFile> uploaded = new(StringComparer.Ordinal);

    public SyncCounts Counts { get; } = new();

    public async Task ApplyAsync(SyncAction action, CancellationToken cancellationToken)
    {
        var (path, c, s) = (action.Path, action.Container, action.Stored);
        // A dead container can be read but not changed: only what goes up is done; a conflict keeps its copy beside the store's.
        if (!containerWritable)
        {
            switch (action.Kind)
            {
                case SyncActionKind.Upload or SyncActionKind.DeleteInStore:
                    break;
                case SyncActionKind.Conflict:
                    Counts.Conflicts++;
                    await UploadAsync(path, SyncPlan.ConflictName(path, now), c!, cancellationToken);
                    return;
                default:
                    return;
            }
        }
        switch (action.Kind)
        {
            case SyncActionKind.Upload:
                await UploadAsync(path, path, c!, cancellationToken);
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
                manifest.Entries[path] = new ManifestEntry(path, c!.Size, c.ModifiedSeconds, s!.ETag);
                break;
            case SyncActionKind.Conflict:
                await ConflictAsync(action, cancellationToken);
                break;
        }
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        var written = await files.WriteAsync(containerId, downloads,
            source => mediator.Send(new ReadUserObjectQuery(session.OwnerId, source), cancellationToken), cancellationToken);
        Counts.FilesDown = written.Count;
        if (containerDeletes.Count > 0) await files.DeleteAsync(containerId, containerDeletes, cancellationToken);
        if (storeDeletes.Count > 0) await mediator.Send(new DeleteUserObjectsCommand(session.OwnerId, storeDeletes), cancellationToken);
        if (uploaded.Count == 0) return;
        // The store names an upload's ETag only in a listing; the container's side is what was read.
        var stored = await mediator.Send(new ListUserObjectsQuery(session.OwnerId), cancellationToken);
        foreach (var item in stored.Where(item => uploaded.ContainsKey(item.Path)))
            manifest.Entries[item.Path] = new ManifestEntry(item.Path, uploaded[item.Path].Size, uploaded[item.Path].ModifiedSeconds, item.ETag);
    }

    private async Task ConflictAsync(SyncAction action, CancellationToken cancellationToken)
    {
        var (path, c, s) = (action.Path, action.Container!, action.Stored!);
        var loser = SyncPlan.ConflictName(path, now);
        Counts.Conflicts++;
        if (action.ContainerWins)
        {
            // The store's copy moves aside in the store first (the upload then replaces it at the path), and comes down under that name.
            await using (var copy = await mediator.Send(new ReadUserObjectQuery(session.OwnerId, path), cancellationToken))
                if (copy is not null) await mediator.Send(new WriteUserObjectCommand(session.OwnerId, loser, copy, s.Size), cancellationToken);
            uploaded[loser] = new ContainerFile(loser, s.Size, s.LastModified.ToUnixTimeSeconds());
            Download(loser, s with { Path = loser });
            await UploadAsync(path, path, c, cancellationToken);
        }
        else
        {
            await files.MoveAsync(containerId, path, loser, cancellationToken);
            await UploadAsync(loser, loser, c with { Path = loser }, cancellationToken);
            Download(path, s);
        }
    }

    private void Download(string source, StoredObject target)
    {
        downloads.Add(new IncomingFile(source, target.Path, target.LastModified));
        manifest.Entries[target.Path] = WorkspaceSyncer.Entry(target);
        Counts.BytesDown += target.Size;
    }

    private async Task UploadAsync(string from, string to, ContainerFile file, CancellationToken cancellationToken)
    {
        await using var content = await files.ReadAsync(containerId, from, cancellationToken);
        if (content is null) return;
        await mediator.Send(new WriteUserObjectCommand(session.OwnerId, to, content, content.Length), cancellationToken);
        uploaded[to] = file with { Path = to };
        Counts.FilesUp++;
        Counts.BytesUp += content.Length;
    }
}
