using Codeflare.BuildingBlocks.Events;

namespace Codeflare.Identity.Domain;

internal sealed record ApiTokenCreated(
    Guid TokenId, Guid UserId, string Name, IReadOnlyList<string> Scopes, [property: SecretField] string SecretHash,
    DateTimeOffset ExpiresAt, DateTimeOffset CreatedAt);
