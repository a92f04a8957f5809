using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.DeleteSession;

/// <summary>Deleting a running session stops it first: the stop request and the deletion commit together, the runner removes the container.</summary>
internal sealed class DeleteSessionCommandHandler(IDocumentSession documentSession, RequestContext context, TimeProvider clock)
    : IRequestHandler<DeleteSessionCommand, Unit>
{
    public async Task<Unit> Handle(DeleteSessionCommand command, CancellationToken cancellationToken)
    {
        var stream = await SessionAccess.FetchVisibleAsync(documentSession, command.SessionId, context, cancellationToken);
        var session = stream.Aggregate!;
        var reason = SessionAccess.ReasonFor(session, context);
        var now = clock.GetUtcNow();
        if (session.Status is SessionStatus.Starting or SessionStatus.Running)
            stream.AppendOne(new SessionStopRequested(session.Id, reason, now));
        stream.AppendOne(new SessionDeleted(session.Id, reason, now));
        return Unit.Value;
    }
}
