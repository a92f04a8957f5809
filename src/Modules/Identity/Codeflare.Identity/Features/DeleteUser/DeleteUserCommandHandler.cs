using Codeflare.Identity.Domain;
using Codeflare.Identity.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.DeleteUser;

internal sealed class DeleteUserCommandHandler(IDocumentSession documentSession, TimeProvider clock) : IRequestHandler<DeleteUserCommand, Unit>
{
    public async Task<Unit> Handle(DeleteUserCommand command, CancellationToken cancellationToken)
    {
        var stream = await UserAdministration.FetchUserAsync(documentSession, command.UserId, cancellationToken);
        var user = stream.Aggregate!;
        await UserAdministration.GuardLastAdminAsync(documentSession, user, staysEnabledAdmin: false, cancellationToken);
        stream.AppendOne(new UserDeleted(user.Id, user.Email, clock.GetUtcNow()));
        return Unit.Value;
    }
}
