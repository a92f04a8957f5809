namespace Codeflare.Identity.Features.GetMe;

internal sealed record MeResponse(Guid Id, string Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions);
