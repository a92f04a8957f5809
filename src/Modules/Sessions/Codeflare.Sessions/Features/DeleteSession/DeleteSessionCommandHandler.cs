using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.DeleteSession;

internal sealed class DeleteSessionCommandHandler(IDocumentSession documentSession, RequestContext context, TimeProvider clock)
    : IRequestHandler<DeleteSessionCommand, Unit>
{
    public async Task<Unit> Handle(DeleteSessionCommand command, CancellationToken cancellationToken)
    {
        var stream = await SessionAccess.FetchVisibleAsync(documentSession, command.SessionId, context, cancellationToken);
        var session = stream.Aggregate!;
        // Until the container runner exists no session can be past "created"; this refusal keeps delete honest meanwhile.
        if (session.Status is SessionStatus.Starting or SessionStatus.Running or SessionStatus.Stopping)
            throw new ConflictException("Stop the session before deleting it.");
        var reason = session.OwnerId == context.UserId ? "user" : "admin";
        stream.AppendOne(new SessionDeleted(session.Id, reason, clock.GetUtcNow()));
        return Unit.Value;
    }
}
