using Codeflare.Storage.Contracts;
using Marten;
using MediatR;

namespace Codeflare.Storage.WorkspaceSync;

internal sealed class GetWorkspaceSyncStatusesQueryHandler(IQuerySession querySession)
    : IRequestHandler<GetWorkspaceSyncStatusesQuery, IReadOnlyDictionary<Guid, WorkspaceSyncStatus>>
{
    public async Task<IReadOnlyDictionary<Guid, WorkspaceSyncStatus>> Handle(GetWorkspaceSyncStatusesQuery query, CancellationToken cancellationToken)
    {
        if (query.SessionIds.Count == 0) return new Dictionary<Guid, WorkspaceSyncStatus>();
        var states = await querySession.LoadManyAsync<SyncState>(cancellationToken, query.SessionIds.Distinct());
        return states.ToDictionary(state => state.Id, state => new WorkspaceSyncStatus(state.LastSyncAt, state.LastDurationMs, state.Error));
    }
}
