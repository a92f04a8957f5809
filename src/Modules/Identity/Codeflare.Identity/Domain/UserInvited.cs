using Codeflare.BuildingBlocks.Events;

namespace Codeflare.Identity.Domain;

internal sealed record UserInvited(
    Guid InvitationId, string Email, IReadOnlyList<string> Roles, [property: SecretField] string TokenHash,
    DateTimeOffset ExpiresAt, DateTimeOffset InvitedAt);
