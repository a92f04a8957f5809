namespace Codeflare.Identity.Features.ListRoles;

internal sealed record RoleDescription(string Name, IReadOnlyList<string> Permissions);
