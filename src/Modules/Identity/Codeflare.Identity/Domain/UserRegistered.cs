using Codeflare.BuildingBlocks.Events;

namespace Codeflare.Identity.Domain;

internal sealed record UserRegistered(
    Guid UserId,
    string Email,
    [property: SecretField] string PasswordHash,
    IReadOnlyList<string> Roles,
    Guid SecurityStamp,
    DateTimeOffset RegisteredAt);
