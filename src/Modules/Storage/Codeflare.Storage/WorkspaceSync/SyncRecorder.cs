using Codeflare.BuildingBlocks.Security;
using Codeflare.Storage.Contracts;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// Writes a sync's outcome: its event (if any) on the session's sync stream, in the correlation of the request that
/// started the session, and the shared sync state, in one transaction — whoever sees the state finds the event too.
/// </summary>
internal sealed class SyncRecorder(IServiceScopeFactory scopes, IDocumentStore store)
{
    public async Task<SyncState> LoadAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var query = store.QuerySession();
        return await query.LoadAsync<SyncState>(sessionId, cancellationToken) ?? SyncState.New(sessionId);
    }

    public async Task RecordAsync(WorkspaceTarget target, SyncState state, IReadOnlyList<object> events, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
        context.RunAsSystem();
        context.CorrelationId = target.CorrelationId ?? context.CorrelationId;
        var documentSession = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        if (events.Count > 0) documentSession.Events.Append(SyncStream.For(target.SessionId), events.ToArray());
        documentSession.Store(state);
        await documentSession.SaveChangesAsync(cancellationToken);
    }
}
