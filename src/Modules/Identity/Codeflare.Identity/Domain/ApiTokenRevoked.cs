namespace Codeflare.Identity.Domain;

internal sealed record ApiTokenRevoked(Guid TokenId, Guid UserId, DateTimeOffset RevokedAt);
