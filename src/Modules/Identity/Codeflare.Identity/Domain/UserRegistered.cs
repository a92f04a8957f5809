namespace Codeflare.Identity.Domain;

internal sealed record UserRegistered(
    Guid UserId,
    string Email,
    string PasswordHash,
    IReadOnlyList<string> Roles,
    Guid SecurityStamp,
    DateTimeOffset RegisteredAt);
