using System.Text.Json.Serialization;

namespace Codeflare.Identity.Domain;

/// <summary>A user account, rebuilt from its stream and kept inline as a document for look-ups by email.</summary>
internal sealed record User(
    Guid Id, string Email, string PasswordHash, IReadOnlyList<string> Roles, UserStatus Status, Guid SecurityStamp,
    DateTimeOffset RegisteredAt, int FailedSignIns = 0, DateTimeOffset? LockedUntil = null)
{
    public const int FailuresBeforeLockout = 10;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    [JsonIgnore] public bool IsEnabled => Status == UserStatus.Enabled;
    [JsonIgnore] public bool IsEnabledAdmin => IsEnabled && Roles.Contains(Contracts.RoleNames.Admin);

    public static User Create(UserRegistered registered) => new(
        registered.UserId, registered.Email, registered.PasswordHash, registered.Roles, UserStatus.Enabled,
        registered.SecurityStamp, registered.RegisteredAt);

    public User Apply(SignedIn _) => this with { FailedSignIns = 0, LockedUntil = null };
    // Attempts while locked are recorded but do not count towards the next lockout.
    public User Apply(SignInFailed failed) => failed.Reason == SignInRefusal.Locked ? this : this with { FailedSignIns = FailedSignIns + 1 };
    public User Apply(UserLockedOut lockedOut) => this with { FailedSignIns = 0, LockedUntil = lockedOut.LockedUntil };
    public User Apply(PasswordChanged changed) => this with { PasswordHash = changed.PasswordHash, SecurityStamp = changed.SecurityStamp };
    public User Apply(UserRolesChanged changed) => this with { Roles = changed.After };
    public User Apply(UserDisabled _) => this with { Status = UserStatus.Disabled };
    public User Apply(UserEnabled _) => this with { Status = UserStatus.Enabled };

    // A deleted user's email is released so that it can be invited again.
    public User Apply(UserDeleted _) => this with { Status = UserStatus.Deleted, Email = $"deleted:{Id}" };
}
