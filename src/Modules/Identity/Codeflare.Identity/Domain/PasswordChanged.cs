namespace Codeflare.Identity.Domain;

/// <summary>A new password; the new security stamp ends every earlier sign-in.</summary>
internal sealed record PasswordChanged(
    Guid UserId, string PasswordHash, Guid SecurityStamp, DateTimeOffset ChangedAt);
