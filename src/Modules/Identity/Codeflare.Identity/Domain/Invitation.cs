namespace Codeflare.Identity.Domain;

internal sealed record Invitation(
    Guid Id, string Email, IReadOnlyList<string> Roles, string TokenHash, DateTimeOffset ExpiresAt, Guid? AcceptedBy, bool Revoked = false)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    public static Invitation Create(UserInvited invited) =>
        new(invited.InvitationId, invited.Email, invited.Roles, invited.TokenHash, invited.ExpiresAt, null);

    public Invitation Apply(InvitationAccepted accepted) => this with { AcceptedBy = accepted.UserId };
    public Invitation Apply(InvitationRevoked _) => this with { Revoked = true };
}
