using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.RenameSession;

internal sealed class RenameSessionCommandHandler(IDocumentSession documentSession, RequestContext context, TimeProvider clock)
    : IRequestHandler<RenameSessionCommand, Unit>
{
    public async Task<Unit> Handle(RenameSessionCommand command, CancellationToken cancellationToken)
    {
        var stream = await SessionAccess.FetchVisibleAsync(documentSession, command.SessionId, context, cancellationToken);
        var session = stream.Aggregate!;
        var name = command.Name.Trim();
        if (name != session.Name) stream.AppendOne(new SessionRenamed(session.Id, name, clock.GetUtcNow()));
        return Unit.Value;
    }
}
