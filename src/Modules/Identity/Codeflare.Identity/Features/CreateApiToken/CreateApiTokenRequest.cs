namespace Codeflare.Identity.Features.CreateApiToken;

internal sealed record CreateApiTokenRequest(string Name, IReadOnlyList<string> Scopes, int? ExpiresInDays);
