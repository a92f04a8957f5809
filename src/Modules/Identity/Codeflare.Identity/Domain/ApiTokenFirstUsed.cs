namespace Codeflare.Identity.Domain;

internal sealed record ApiTokenFirstUsed(Guid TokenId, Guid UserId, DateTimeOffset UsedAt);
