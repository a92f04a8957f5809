using Codeflare.Identity.Contracts;
using Codeflare.Identity.Domain;
using Codeflare.Identity.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.ReplaceUserRoles;

internal sealed class ReplaceUserRolesCommandHandler(IDocumentSession documentSession, TimeProvider clock)
    : IRequestHandler<ReplaceUserRolesCommand, Unit>
{
    public async Task<Unit> Handle(ReplaceUserRolesCommand command, CancellationToken cancellationToken)
    {
        var stream = await UserAdministration.FetchUserAsync(documentSession, command.UserId, cancellationToken);
        var user = stream.Aggregate!;
        var roles = command.Roles.Order(StringComparer.Ordinal).ToList();
        if (roles.SequenceEqual(user.Roles.Order(StringComparer.Ordinal))) return Unit.Value;
        await UserAdministration.GuardLastAdminAsync(documentSession, user, roles.Contains(RoleNames.Admin), cancellationToken);
        stream.AppendOne(new UserRolesChanged(user.Id, user.Roles, roles, clock.GetUtcNow()));
        return Unit.Value;
    }
}
