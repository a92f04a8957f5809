using Codeflare.Sessions.Contracts;
using Codeflare.Sessions.Domain;
using Codeflare.Storage.Contracts;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.ListSyncedSessions;

/// <summary>Running sessions with their recorded container and their owner's sync mode, for the Storage module's periodic sync.</summary>
internal sealed class ListSyncedSessionsQueryHandler(IQuerySession querySession) : IRequestHandler<ListSyncedSessionsQuery, IReadOnlyList<WorkspaceTarget>>
{
    public async Task<IReadOnlyList<WorkspaceTarget>> Handle(ListSyncedSessionsQuery query, CancellationToken cancellationToken)
    {
        var sessions = await querySession.Query<Session>()
            .Where(session => session.Status == SessionStatus.Running && session.ContainerId != null).ToListAsync(cancellationToken);
        var modes = await SyncModes.ForOwnersAsync(querySession, sessions.Select(session => session.OwnerId), cancellationToken);
        return sessions.Select(session => SyncModes.TargetOf(session, modes)).ToList();
    }
}
