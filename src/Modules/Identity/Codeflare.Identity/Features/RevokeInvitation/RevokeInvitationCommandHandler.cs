using Codeflare.BuildingBlocks.Errors;
using Codeflare.Identity.Domain;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.RevokeInvitation;

internal sealed class RevokeInvitationCommandHandler(IDocumentSession documentSession, TimeProvider clock) : IRequestHandler<RevokeInvitationCommand, Unit>
{
    public async Task<Unit> Handle(RevokeInvitationCommand command, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<Invitation>(command.InvitationId, cancellationToken);
        var invitation = stream.Aggregate ?? throw new NotFoundException("invitation", command.InvitationId);
        if (invitation.AcceptedBy is not null) throw new ConflictException("This invitation was already accepted.");
        if (!invitation.Revoked) stream.AppendOne(new InvitationRevoked(invitation.Id, clock.GetUtcNow()));
        return Unit.Value;
    }
}
