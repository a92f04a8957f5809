using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.GetSessionStatus;

internal sealed class GetSessionStatusQueryHandler(IQuerySession querySession, RequestContext context, SessionStatusReader reader)
    : IRequestHandler<GetSessionStatusQuery, SessionStatusView>
{
    public async Task<SessionStatusView> Handle(GetSessionStatusQuery query, CancellationToken cancellationToken)
    {
        var session = SessionAccess.Visible(await querySession.LoadAsync<Session>(query.SessionId, cancellationToken), query.SessionId, context);
        return (await reader.ReadAsync(querySession, [session], cancellationToken))[0];
    }
}
