namespace Codeflare.Identity.Domain;

internal sealed record InvitationRevoked(Guid InvitationId, DateTimeOffset RevokedAt);
