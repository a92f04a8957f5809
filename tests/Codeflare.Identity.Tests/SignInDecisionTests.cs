using Codeflare.Identity.Domain;
using Codeflare.Identity.Features.SignIn;
using Microsoft.AspNetCore.Identity;

namespace Codeflare.Identity.Tests;

public sealed class SignInDecisionTests
{
    private static readonly PasswordHasher<User> Hasher = new();

    private static User UserWith(string password, UserStatus status = UserStatus.Enabled) =>
        new(Guid.NewGuid(), "dev@example.com", Hasher.HashPassword(null!, password), ["developer"], status, Guid.NewGuid());

    [Fact]
    public void The_right_password_of_an_enabled_user_is_accepted() =>
        Assert.Null(SignInCommandHandler.Refuse(UserWith("right password!"), Hasher, "right password!"));

    [Fact]
    public void An_unknown_email_is_refused() =>
        Assert.Equal("unknown_email", SignInCommandHandler.Refuse(null, Hasher, "anything at all"));

    [Fact]
    public void A_wrong_password_is_refused() =>
        Assert.Equal("wrong_password", SignInCommandHandler.Refuse(UserWith("right password!"), Hasher, "wrong password!"));

    [Fact]
    public void A_disabled_user_is_refused_even_with_the_right_password() =>
        Assert.Equal("disabled", SignInCommandHandler.Refuse(UserWith("right password!", UserStatus.Disabled), Hasher, "right password!"));

    [Fact]
    public void Emails_are_trimmed_and_lower_cased() => Assert.Equal("ada@example.com", EmailAddress.Normalize("  Ada@Example.COM "));
}
