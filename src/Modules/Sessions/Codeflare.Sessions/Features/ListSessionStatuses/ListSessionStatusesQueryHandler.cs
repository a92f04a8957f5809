using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.ListSessionStatuses;

internal sealed class ListSessionStatusesQueryHandler(IQuerySession querySession, RequestContext context, SessionStatusReader reader)
    : IRequestHandler<ListSessionStatusesQuery, IReadOnlyList<SessionStatusView>>
{
    public async Task<IReadOnlyList<SessionStatusView>> Handle(ListSessionStatusesQuery query, CancellationToken cancellationToken)
    {
        var ownerId = context.UserId!.Value;
        var sessions = await querySession.Query<Session>()
            .Where(session => session.OwnerId == ownerId && session.Status != SessionStatus.Deleted)
            .OrderByDescending(session => session.CreatedAt).ToListAsync(cancellationToken);
        return await reader.ReadAsync(querySession, sessions, cancellationToken);
    }
}
