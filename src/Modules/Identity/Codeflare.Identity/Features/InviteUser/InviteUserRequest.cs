namespace Codeflare.Identity.Features.InviteUser;

internal sealed record InviteUserRequest(string Email, IReadOnlyList<string> Roles);
