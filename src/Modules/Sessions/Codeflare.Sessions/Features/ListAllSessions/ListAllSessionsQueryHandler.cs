using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.ListAllSessions;

internal sealed class ListAllSessionsQueryHandler(IQuerySession querySession) : IRequestHandler<ListAllSessionsQuery, IReadOnlyList<SessionView>>
{
    public async Task<IReadOnlyList<SessionView>> Handle(ListAllSessionsQuery query, CancellationToken cancellationToken)
    {
        var sessions = await querySession.Query<Session>().Where(session => session.Status != SessionStatus.Deleted)
            .OrderByDescending(session => session.CreatedAt).ToListAsync(cancellationToken);
        return sessions.Select(SessionView.From).ToList();
    }
}
