using Codeflare.Identity.Domain;
using Codeflare.Identity.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.DisableUser;

internal sealed class DisableUserCommandHandler(IDocumentSession documentSession, TimeProvider clock) : IRequestHandler<DisableUserCommand, Unit>
{
    public async Task<Unit> Handle(DisableUserCommand command, CancellationToken cancellationToken)
    {
        var stream = await UserAdministration.FetchUserAsync(documentSession, command.UserId, cancellationToken);
        var user = stream.Aggregate!;
        if (!user.IsEnabled) return Unit.Value;
        await UserAdministration.GuardLastAdminAsync(documentSession, user, staysEnabledAdmin: false, cancellationToken);
        stream.AppendOne(new UserDisabled(user.Id, clock.GetUtcNow()));
        return Unit.Value;
    }
}
