namespace Codeflare.Identity.Domain;

internal sealed record UserInvited(
    Guid InvitationId, string Email, IReadOnlyList<string> Roles, string TokenHash,
    DateTimeOffset ExpiresAt, DateTimeOffset InvitedAt);
