using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.UpdateSession;

internal sealed class UpdateSessionCommandHandler(IDocumentSession documentSession, RequestContext context, TimeProvider clock)
    : IRequestHandler<UpdateSessionCommand, Unit>
{
    public async Task<Unit> Handle(UpdateSessionCommand command, CancellationToken cancellationToken)
    {
        var stream = await SessionAccess.FetchVisibleAsync(documentSession, command.SessionId, context, cancellationToken);
        var session = stream.Aggregate!;
        var now = clock.GetUtcNow();
        if (command.Name?.Trim() is { } name && name != session.Name) stream.AppendOne(new SessionRenamed(session.Id, name, now));
        var tabs = command.Tabs ?? session.Tabs;
        var tiling = command.Tiling ?? session.Tiling;
        if (!tabs.SequenceEqual(session.Tabs) || tiling != session.Tiling) stream.AppendOne(new SessionLayoutChanged(session.Id, tabs, tiling, now));
        return Unit.Value;
    }
}
