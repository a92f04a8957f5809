using Codeflare.BuildingBlocks.Events;

namespace Codeflare.Identity.Domain;

internal sealed record UserRegistered(
    Guid UserId,
    string Email,
    [property: SecretField] string PasswordHash,
    IReadOnlyList<string> Roles,
    [property: SecretField] Guid SecurityStamp,
    DateTimeOffset RegisteredAt);
