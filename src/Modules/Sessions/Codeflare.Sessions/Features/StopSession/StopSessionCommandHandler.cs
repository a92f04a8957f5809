using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.StopSession;

/// <summary>Idempotent: stopping a session that is not running changes nothing.</summary>
internal sealed class StopSessionCommandHandler(IDocumentSession documentSession, RequestContext context, TimeProvider clock)
    : IRequestHandler<StopSessionCommand, SessionView>
{
    public async Task<SessionView> Handle(StopSessionCommand command, CancellationToken cancellationToken)
    {
        var stream = await SessionAccess.FetchVisibleAsync(documentSession, command.SessionId, context, cancellationToken);
        var session = stream.Aggregate!;
        if (session.Status is not (SessionStatus.Starting or SessionStatus.Running)) return SessionView.From(session);
        var reason = SessionAccess.ReasonFor(session, context);
        stream.AppendOne(new SessionStopRequested(session.Id, reason, clock.GetUtcNow()));
        return SessionView.From(session with { Status = SessionStatus.Stopping, Reason = reason });
    }
}
