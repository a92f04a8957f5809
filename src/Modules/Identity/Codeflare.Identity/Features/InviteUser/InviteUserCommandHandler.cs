using Codeflare.BuildingBlocks.Errors;
using Codeflare.Identity.Domain;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.InviteUser;

internal sealed class InviteUserCommandHandler(IDocumentSession documentSession, TimeProvider clock) : IRequestHandler<InviteUserCommand, IssuedInvitation>
{
    public async Task<IssuedInvitation> Handle(InviteUserCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(command.Email);
        if (await documentSession.Query<User>().AnyAsync(user => user.Email == email, cancellationToken))
            throw new ConflictException($"{email} already has an account.");

        var id = Guid.NewGuid();
        var secret = Secrets.New();
        var now = clock.GetUtcNow();
        var invited = new UserInvited(id, email, command.Roles.Order(StringComparer.Ordinal).ToList(), Secrets.Hash(secret), now + Invitation.Lifetime, now);
        documentSession.Events.StartStream<Invitation>(id, invited);
        return new IssuedInvitation(id, BearerSecret.Format(BearerSecret.InvitationPrefix, id, secret), invited.ExpiresAt);
    }
}
