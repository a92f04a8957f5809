using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.ListSessions;

internal sealed class ListSessionsQueryHandler(IQuerySession querySession, RequestContext context)
    : IRequestHandler<ListSessionsQuery, IReadOnlyList<SessionView>>
{
    public async Task<IReadOnlyList<SessionView>> Handle(ListSessionsQuery query, CancellationToken cancellationToken)
    {
        var ownerId = context.UserId!.Value;
        var sessions = await querySession.Query<Session>()
            .Where(session => session.OwnerId == ownerId && session.Status != SessionStatus.Deleted)
            .OrderByDescending(session => session.CreatedAt).ToListAsync(cancellationToken);
        return sessions.Select(SessionView.From).ToList();
    }
}
