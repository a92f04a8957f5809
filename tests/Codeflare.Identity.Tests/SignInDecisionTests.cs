using Codeflare.Identity.Domain;
using Codeflare.Identity.Features.SignIn;
using Microsoft.AspNetCore.Identity;

namespace Codeflare.Identity.Tests;

public sealed class SignInDecisionTests
{
    private static readonly PasswordHasher<User> Hasher = new();

    private static readonly DateTimeOffset Now = new(2026, 11, 29, 6, 0, 0, TimeSpan.Zero);

    private static User UserWith(string password, UserStatus status = UserStatus.Enabled, DateTimeOffset? lockedUntil = null) =>
        new(Guid.NewGuid(), "dev@example.com", Hasher.HashPassword(null!, password), ["developer"], status, Guid.NewGuid(), Now, 0, lockedUntil);

    [Fact]
    public void The_right_password_of_an_enabled_user_is_accepted() =>
        Assert.Null(SignInCommandHandler.Refuse(UserWith("right password!"), Hasher, "right password!", Now));

    [Fact]
    public void An_unknown_email_is_refused() =>
        Assert.Equal("unknown_email", SignInCommandHandler.Refuse(null, Hasher, "anything at all", Now));

    [Fact]
    public void A_wrong_password_is_refused() =>
        Assert.Equal("wrong_password", SignInCommandHandler.Refuse(UserWith("right password!"), Hasher, "wrong password!", Now));

    [Fact]
    public void A_disabled_user_is_refused_even_with_the_right_password() =>
        Assert.Equal("disabled", SignInCommandHandler.Refuse(UserWith("right password!", UserStatus.Disabled), Hasher, "right password!", Now));

    [Fact]
    public void A_locked_account_is_refused_until_the_lock_ends()
    {
        var locked = UserWith("right password!", lockedUntil: Now.AddMinutes(1));

        Assert.Equal("locked", SignInCommandHandler.Refuse(locked, Hasher, "right password!", Now));
        Assert.Null(SignInCommandHandler.Refuse(locked, Hasher, "right password!", Now.AddMinutes(1)));
    }

    [Fact]
    public void The_tenth_failure_in_a_row_locks_and_the_lock_resets_the_count()
    {
        var user = UserWith("right password!");
        for (var attempt = 0; attempt < User.FailuresBeforeLockout; attempt++)
            user = user.Apply(new SignInFailed(user.Id, user.Email, "wrong_password", Now));
        var locked = user.Apply(new UserLockedOut(user.Id, Now + User.LockoutDuration, Now));

        Assert.Equal(User.FailuresBeforeLockout, user.FailedSignIns);
        Assert.Equal((0, Now + User.LockoutDuration), (locked.FailedSignIns, locked.LockedUntil!.Value));
        Assert.Equal(0, locked.Apply(new SignInFailed(user.Id, user.Email, "locked", Now)).FailedSignIns);
    }

    [Fact]
    public void Emails_are_trimmed_and_lower_cased() => Assert.Equal("ada@example.com", EmailAddress.Normalize("  Ada@Example.COM "));
}
