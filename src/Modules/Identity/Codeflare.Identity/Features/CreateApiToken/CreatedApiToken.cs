namespace Codeflare.Identity.Features.CreateApiToken;

/// <summary>The new token; <see cref="Token"/> is shown this once and stored only as a hash.</summary>
internal sealed record CreatedApiToken(Guid Id, string Name, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt, string Token);
