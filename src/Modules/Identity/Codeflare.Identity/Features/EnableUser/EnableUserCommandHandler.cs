using Codeflare.Identity.Domain;
using Codeflare.Identity.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.EnableUser;

internal sealed class EnableUserCommandHandler(IDocumentSession documentSession, TimeProvider clock) : IRequestHandler<EnableUserCommand, Unit>
{
    public async Task<Unit> Handle(EnableUserCommand command, CancellationToken cancellationToken)
    {
        var stream = await UserAdministration.FetchUserAsync(documentSession, command.UserId, cancellationToken);
        var user = stream.Aggregate!;
        if (user.IsEnabled) return Unit.Value;
        stream.AppendOne(new UserEnabled(user.Id, clock.GetUtcNow()));
        return Unit.Value;
    }
}
