using Codeflare.BuildingBlocks.Events;

namespace Codeflare.Identity.Domain;

/// <summary>A new password; the new security stamp ends every earlier sign-in.</summary>
internal sealed record PasswordChanged(
    Guid UserId, [property: SecretField] string PasswordHash, [property: SecretField] Guid SecurityStamp, DateTimeOffset ChangedAt);
