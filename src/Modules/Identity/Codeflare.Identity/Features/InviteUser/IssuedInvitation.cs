namespace Codeflare.Identity.Features.InviteUser;

/// <summary>The invitation with its secret token, shown to the inviting admin once.</summary>
internal sealed record IssuedInvitation(Guid Id, string Token, DateTimeOffset ExpiresAt);
