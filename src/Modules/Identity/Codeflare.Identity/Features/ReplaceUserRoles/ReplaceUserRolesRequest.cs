namespace Codeflare.Identity.Features.ReplaceUserRoles;

internal sealed record ReplaceUserRolesRequest(IReadOnlyList<string> Roles);
