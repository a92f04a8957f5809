namespace Codeflare.Identity.Domain;

internal sealed record Invitation(Guid Id, string Email, IReadOnlyList<string> Roles, string TokenHash, DateTimeOffset ExpiresAt, Guid? AcceptedBy)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    public static Invitation Create(UserInvited invited) =>
        new(invited.InvitationId, invited.Email, invited.Roles, invited.TokenHash, invited.ExpiresAt, null);

    public Invitation Apply(InvitationAccepted accepted) => this with { AcceptedBy = accepted.UserId };
}
