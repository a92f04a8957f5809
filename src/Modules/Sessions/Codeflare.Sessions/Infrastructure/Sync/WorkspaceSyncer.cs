using System.Collections.Concurrent;
using System.Diagnostics;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Storage.Contracts;
using Marten;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Sessions.Infrastructure.Sync;

/// <summary>
/// SPEC §5 host-side workspace sync of one session: restore into a new container, then two-way syncs planned by
/// <see cref="SyncPlan"/> against the manifest. One sync per session at a time. The store is reached through the
/// Storage module's system requests, the container through the Docker API.
/// </summary>
internal sealed class WorkspaceSyncer(IServiceScopeFactory scopes, ContainerFiles files, SyncStatusStore status, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> gates = new();

    public async Task<WorkspaceRestored> RestoreAsync(Session session, string containerId, CancellationToken cancellationToken)
    {
        using var gate = await EnterAsync(session.Id, cancellationToken);
        await using var scope = SystemScope(out var mediator);
        var watch = Stopwatch.StartNew();
        var stored = await mediator.Send(new ListUserObjectsQuery(session.OwnerId), cancellationToken);
        var written = await files.WriteAsync(containerId, stored.Select(item => new IncomingFile(item.Path, item.Path, item.LastModified)).ToList(),
            path => mediator.Send(new ReadUserObjectQuery(session.OwnerId, path), cancellationToken), cancellationToken);
        var byPath = stored.ToDictionary(item => item.Path, StringComparer.Ordinal);
        var manifest = WorkspaceManifest.Empty(session.Id);
        foreach (var file in written) manifest.Entries[file.Path] = Entry(byPath[file.Path]);
        await SaveAsync(scope, manifest, cancellationToken);
        return new WorkspaceRestored(session.Id, written.Count, written.Sum(file => byPath[file.Path].Size), watch.ElapsedMilliseconds, clock.GetUtcNow());
    }

    /// <summary>One two-way sync; the event to record when something moved, else null.</summary>
    public async Task<WorkspaceSynced?> SyncAsync(Session session, string containerId, bool final, CancellationToken cancellationToken,
        bool running = true)
    {
        using var gate = await EnterAsync(session.Id, cancellationToken);
        await using var scope = SystemScope(out var mediator);
        var watch = Stopwatch.StartNew();
        var query = scope.ServiceProvider.GetRequiredService<IQuerySession>();
        var mode = (await query.LoadAsync<UserPreferences>(UserPreferences.StreamIdFor(session.OwnerId), cancellationToken))?.SyncMode ?? "config";
        var manifest = await query.LoadAsync<WorkspaceManifest>(session.Id, cancellationToken) ?? WorkspaceManifest.Empty(session.Id);
        var stored = (await mediator.Send(new ListUserObjectsQuery(session.OwnerId), cancellationToken)).ToDictionary(item => item.Path, StringComparer.Ordinal);
        var listed = running ? await files.ListAsync(containerId, cancellationToken) : await files.ListStoppedAsync(containerId, cancellationToken);
        var container = listed
            .Where(file => !SyncScope.IsExcluded(file.Path)
                           && (SyncScope.InMode(mode, file.Path) || stored.ContainsKey(file.Path) || manifest.Entries.ContainsKey(file.Path)))
            .ToDictionary(file => file.Path, StringComparer.Ordinal);

        var planned = SyncPlan.Decide(container, stored, manifest.Entries);
        var quota = await mediator.Send(new GetUserQuotaQuery(session.OwnerId), cancellationToken);
        var (actions, refused) = SyncQuota.Fit(planned, stored.Values.Sum(item => item.Size), quota);
        var transfer = new SyncTransfer(session, containerId, files, mediator, manifest, clock.GetUtcNow(), containerWritable: running);
        foreach (var action in actions) await transfer.ApplyAsync(action, cancellationToken);
        await transfer.FinishAsync(cancellationToken);
        await SaveAsync(scope, manifest, cancellationToken);
        // Everything else is synced; what did not fit stays in the container, changed, and is retried after space is freed.
        if (refused > 0) throw new InvalidOperationException($"quota exceeded: {refused} file(s) could not be saved; free space in your files.");

        var counts = transfer.Counts;
        return actions.All(action => action.Kind == SyncActionKind.Adopt)
            ? null
            : new WorkspaceSynced(session.Id, counts.FilesUp, counts.BytesUp, counts.FilesDown, counts.BytesDown, counts.DeletedUp,
                counts.DeletedDown, counts.Conflicts, watch.ElapsedMilliseconds, final, clock.GetUtcNow());
    }

    /// <summary>
    /// The last sync before the container goes: a few tries, then the failure is recorded (the container is removed
    /// anyway; what changed since the last successful sync is what is lost, and the audit says so). A container that
    /// died (killed, crashed) still has its files: they are read through the archive API and saved upward only.
    /// </summary>
    public async Task FinalAsync(Session session, string containerId, bool running, int attempts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await SyncAsync(session, containerId, final: true, cancellationToken, running) is { } synced) await RecordAsync(session, synced, cancellationToken);
                status.Succeeded(session.Id, clock.GetUtcNow(), DateTimeOffset.MaxValue);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                if (attempt < attempts)
                {
                    await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
                    continue;
                }
                var reason = SyncErrors.Describe(exception);
                status.Failed(session.Id, reason, DateTimeOffset.MaxValue);
                await RecordAsync(session, new WorkspaceSyncFailed(session.Id, reason, true, clock.GetUtcNow()), cancellationToken);
                return;
            }
        }
    }

    /// <summary>Records a sync's outcome on the session's stream, in the correlation of the request that started the session.</summary>
    public async Task RecordAsync(Session session, IWorkspaceSyncEvent outcome, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope(out var mediator);
        var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
        context.CorrelationId = session.RequestCorrelationId ?? context.CorrelationId;
        await mediator.Send(new Features.RunnerReports.RecordWorkspaceSyncCommand(outcome), cancellationToken);
    }

    public void Forget(Guid sessionId) => gates.TryRemove(sessionId, out _);

    internal static ManifestEntry Entry(StoredObject stored) =>
        new(stored.Path, stored.Size, stored.LastModified.ToUnixTimeSeconds(), stored.ETag);

    private async Task<IDisposable> EnterAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(sessionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Releaser(gate);
    }

    private AsyncServiceScope SystemScope(out IMediator mediator)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().RunAsSystem();
        mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        return scope;
    }

    private static async Task SaveAsync(AsyncServiceScope scope, WorkspaceManifest manifest, CancellationToken cancellationToken)
    {
        await using var session = scope.ServiceProvider.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Store(manifest);
        await session.SaveChangesAsync(cancellationToken);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
