namespace Codeflare.Identity.Domain;

internal sealed record ApiTokenCreated(
    Guid TokenId, Guid UserId, string Name, IReadOnlyList<string> Scopes, string SecretHash,
    DateTimeOffset ExpiresAt, DateTimeOffset CreatedAt);
