using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.GetSession;

internal sealed class GetSessionQueryHandler(IQuerySession querySession, RequestContext context) : IRequestHandler<GetSessionQuery, SessionView>
{
    public async Task<SessionView> Handle(GetSessionQuery query, CancellationToken cancellationToken) =>
        SessionView.From(SessionAccess.Visible(await querySession.LoadAsync<Session>(query.SessionId, cancellationToken), query.SessionId, context));
}
