namespace Codeflare.Identity.Domain;

/// <summary>A user account, rebuilt from its stream and kept inline as a document for look-ups by email.</summary>
internal sealed record User(Guid Id, string Email, string PasswordHash, IReadOnlyList<string> Roles, UserStatus Status, Guid SecurityStamp)
{
    public static User Create(UserRegistered registered) => new(
        registered.UserId, registered.Email, registered.PasswordHash, registered.Roles, UserStatus.Enabled, registered.SecurityStamp);

    public bool IsEnabled => Status == UserStatus.Enabled;
}
