namespace Codeflare.Identity.Domain;

internal sealed record InvitationAccepted(Guid InvitationId, Guid UserId, DateTimeOffset AcceptedAt);
