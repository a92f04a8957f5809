namespace Codeflare.Identity.Domain;

internal sealed record ApiToken(
    Guid Id, Guid UserId, string Name, IReadOnlyList<string> Scopes, string SecretHash, DateTimeOffset ExpiresAt,
    DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, bool Used)
{
    public const int MaximumLifetimeDays = 365;

    public static ApiToken Create(ApiTokenCreated created) => new(
        created.TokenId, created.UserId, created.Name, created.Scopes, created.SecretHash, created.ExpiresAt, created.CreatedAt, null, false);

    public ApiToken Apply(ApiTokenRevoked revoked) => this with { RevokedAt = revoked.RevokedAt };
    public ApiToken Apply(ApiTokenFirstUsed _) => this with { Used = true };

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
