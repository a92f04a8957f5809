namespace Codeflare.Identity.Features.ListApiTokens;

internal sealed record ApiTokenSummary(
    Guid Id, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
