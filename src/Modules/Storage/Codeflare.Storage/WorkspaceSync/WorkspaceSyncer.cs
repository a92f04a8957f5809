using System.Diagnostics;
using Codeflare.Storage.Contracts;
using Codeflare.Storage.Domain;
using Codeflare.Storage.Infrastructure;
using Marten;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// SPEC §5 host-side workspace sync of one session: restore into a new container, then two-way syncs planned by
/// <see cref="SyncPlan"/> against the manifest. Every call into the container is bounded (<see cref="ContainerHome"/>),
/// and the whole sync has a deadline, so a stalled container fails its own sync and holds up nothing else.
/// </summary>
internal sealed class WorkspaceSyncer(
    IDocumentStore store, ContainerHome home, UserObjects objects, IOptions<SyncOptions> options, IOptions<StorageOptions> storage, TimeProvider clock)
{
    public async Task<WorkspaceRestored> RestoreAsync(WorkspaceTarget target, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        // The last run's manifest goes first: should this restore fail halfway, the files it did not bring are then new in the
        // store to the next sync (copied down), never "deleted in the container" (deleted from the store).
        var manifest = WorkspaceManifest.Empty(target.SessionId);
        await SaveAsync(manifest, changedOwner: null, cancellationToken);
        var token = await TokenAsync(target.OwnerId, cancellationToken);
        var stored = Syncable(await objects.ListAsync(target.OwnerId, cancellationToken));
        manifest.Remember(stored, token, clock.GetUtcNow());
        var transfer = new SyncTransfer(target, home, objects, manifest, Budget(), clock.GetUtcNow(), running: true);
        foreach (var item in stored.Values) transfer.Download(item.Path, item);
        try
        {
            await transfer.FinishAsync(cancellationToken);
        }
        finally
        {
            // What did arrive is known either way.
            await SaveAsync(manifest, changedOwner: null, CancellationToken.None);
        }
        return new WorkspaceRestored(target.SessionId, transfer.Counts.FilesDown, transfer.Counts.BytesDown, watch.ElapsedMilliseconds, clock.GetUtcNow());
    }

    /// <summary>One two-way sync: the event to record when something moved (else null), and what was skipped and why.</summary>
    public async Task<(WorkspaceSynced? Synced, IReadOnlyList<string> Skipped)> SyncAsync(WorkspaceTarget target, bool running, bool final,
        CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var manifest = await LoadManifestAsync(target.SessionId, cancellationToken);
        // The token is read before the listing: a write that lands during it changes the token, so the view is not trusted later.
        var token = await TokenAsync(target.OwnerId, cancellationToken);
        var viewed = manifest.HasCurrentView(token, clock.GetUtcNow());
        var stored = viewed ? manifest.StoreView! : Syncable(await objects.ListAsync(target.OwnerId, cancellationToken));
        var listing = running ? await home.ListAsync(target.ContainerId, cancellationToken) : await home.ListStoppedAsync(target.ContainerId, cancellationToken);
        var container = listing.Files
            .Where(file => SyncScope.InMode(target.SyncMode, file.Path) || stored.ContainsKey(file.Path) || manifest.Entries.ContainsKey(file.Path))
            .GroupBy(file => file.Path, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

        var budget = Budget();
        var view = new WorkspaceTargetView(target.OwnerId, target.ContainerId, running);
        var planned = await new ContentCheck(home, objects, budget).ResolveAsync(view, SyncPlan.Decide(container, stored, manifest.Entries), manifest, cancellationToken);
        // The quota is checked against the listing's sizes, and no file yields more bytes than its listing claimed.
        var used = stored.Values.Sum(item => item.Size) + (planned.Any(SyncQuota.Grows) ? await objects.PartsInFlightAsync(target.OwnerId, cancellationToken) : 0);
        var (actions, refused) = SyncQuota.Fit(planned, used, storage.Value.QuotaBytes);
        // Other sessions' views of the store go stale before this one writes to it, not only after.
        if (actions.Any(SyncTransfer.WritesToStore)) await BumpAsync(target.OwnerId, cancellationToken);
        var writes = actions.Any(SyncTransfer.WritesToStore);
        var transfer = new SyncTransfer(target, home, objects, manifest, budget, clock.GetUtcNow(), running);
        try
        {
            foreach (var action in actions) await transfer.ApplyAsync(action, cancellationToken);
            await transfer.FinishAsync(cancellationToken);
        }
        finally
        {
            // Saved even when the sync failed halfway: each entry follows a write that completed, so the next sync does not
            // take this one's own work for a conflict; and the store token changes again after any write, done or not.
            if (writes) manifest.Forget();
            else if (!viewed) manifest.Remember(stored, token, clock.GetUtcNow());
            if (actions.Count > 0 || !viewed) await SaveAsync(manifest, writes ? target.OwnerId : null, CancellationToken.None);
        }
        // Everything else is synced; what did not fit stays in the container, changed, and is retried after space is freed.
        if (refused > 0) throw new InvalidOperationException($"quota exceeded: {refused} file(s) could not be saved; free space in your files.");

        var counts = transfer.Counts;
        var synced = actions.All(action => action.Kind == SyncActionKind.Adopt)
            ? null
            : new WorkspaceSynced(target.SessionId, counts.FilesUp, counts.BytesUp, counts.FilesDown, counts.BytesDown, counts.DeletedUp,
                counts.DeletedDown, counts.Conflicts, watch.ElapsedMilliseconds, final, clock.GetUtcNow());
        return (synced, [.. listing.Skipped, .. transfer.Skipped]);
    }

    private SyncBudget Budget() => new(options.Value.MaxBytesPerSync);

    /// <summary>
    /// Only the store files a container listing can show take part: one in an excluded folder (a dragged-in
    /// <c>node_modules/</c>) or with a name the container side refuses would look deleted there on every sync.
    /// </summary>
    private static Dictionary<string, StoredObject> Syncable(Dictionary<string, StoredObject> stored) =>
        stored.Where(pair => !SyncScope.IsExcluded(pair.Key) && ContainerListingParser.Refusal(pair.Key) is null)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    private async Task<WorkspaceManifest> LoadManifestAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var query = store.QuerySession();
        return await query.LoadAsync<WorkspaceManifest>(sessionId, cancellationToken) ?? WorkspaceManifest.Empty(sessionId);
    }

    private async Task<Guid> TokenAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        await using var query = store.QuerySession();
        return (await query.LoadAsync<StoreGeneration>(ownerId, cancellationToken))?.Token ?? Guid.Empty;
    }

    /// <summary>Saves the manifest, and when the sync wrote to the store, a new token for every other session's view of it.</summary>
    private async Task SaveAsync(WorkspaceManifest manifest, Guid? changedOwner, CancellationToken cancellationToken)
    {
        await using var documentSession = store.LightweightSession();
        documentSession.Store(manifest);
        if (changedOwner is { } owner) documentSession.Store(StoreGeneration.Next(owner));
        await documentSession.SaveChangesAsync(cancellationToken);
    }

    private async Task BumpAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        await using var documentSession = store.LightweightSession();
        documentSession.Store(StoreGeneration.Next(ownerId));
        await documentSession.SaveChangesAsync(cancellationToken);
    }
}
