using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Domain;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Codeflare.Identity.Features.AcceptInvitation;

internal sealed class AcceptInvitationCommandHandler(
    IDocumentSession documentSession, IPasswordHasher<User> hasher, RequestContext context, TimeProvider clock)
    : IRequestHandler<AcceptInvitationCommand, Guid>
{
    public async Task<Guid> Handle(AcceptInvitationCommand command, CancellationToken cancellationToken)
    {
        if (!BearerSecret.TryParse(BearerSecret.InvitationPrefix, command.Token, out var invitationId, out var secret))
            throw new NotFoundException("invitation", "(token)");
        // Fetching for writing pins the invitation's version: of two concurrent acceptances only one commits.
        var stream = await documentSession.Events.FetchForWriting<Invitation>(invitationId, cancellationToken);
        var now = clock.GetUtcNow();
        Decide(stream.Aggregate, secret, now);
        var invitation = stream.Aggregate!;
        if (await documentSession.Query<User>().AnyAsync(user => user.Email == invitation.Email, cancellationToken))
            throw new ConflictException($"{invitation.Email} already has an account.");

        var userId = Guid.NewGuid();
        context.SignIn(userId, []);
        stream.AppendOne(new InvitationAccepted(invitationId, userId, now));
        documentSession.Events.StartStream<User>(userId, new UserRegistered(
            userId, invitation.Email, hasher.HashPassword(null!, command.Password), invitation.Roles, Guid.NewGuid(), now));
        return userId;
    }

    internal static void Decide(Invitation? invitation, string secret, DateTimeOffset now)
    {
        if (invitation is null || !Secrets.Matches(secret, invitation.TokenHash)) throw new NotFoundException("invitation", "(token)");
        if (invitation.AcceptedBy is not null) throw new ConflictException("This invitation was already used.");
        if (invitation.Revoked) throw new ConflictException("This invitation was withdrawn. Ask an admin for a new one.");
        if (invitation.ExpiresAt <= now) throw new ConflictException("This invitation has expired. Ask an admin for a new one.");
    }
}
