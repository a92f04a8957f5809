namespace Codeflare.Identity.Domain;

internal sealed record UserLockedOut(Guid UserId, DateTimeOffset LockedUntil, DateTimeOffset LockedAt);
