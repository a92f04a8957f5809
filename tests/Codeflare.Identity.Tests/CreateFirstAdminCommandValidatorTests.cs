using Codeflare.Identity.Contracts;
using Codeflare.Identity.Features.CreateFirstAdmin;

namespace Codeflare.Identity.Tests;

public sealed class CreateFirstAdminCommandValidatorTests
{
    private readonly CreateFirstAdminCommandValidator validator = new();

    [Theory]
    [InlineData("", "a long enough password", "Email")]
    [InlineData("no-at-sign", "a long enough password", "Email")]
    [InlineData("ada@example.com", "", "Password")]
    [InlineData("ada@example.com", "eleven char", "Password")]
    public void Bad_credentials_name_the_field(string email, string password, string field) =>
        Assert.Contains(validator.Validate(new CreateFirstAdminCommand(email, password)).Errors, error => error.PropertyName == field);

    [Fact]
    public void A_password_of_twelve_characters_is_enough() =>
        Assert.True(validator.Validate(new CreateFirstAdminCommand("ada@example.com", "twelve chars")).IsValid);

    [Fact]
    public void An_absurdly_long_password_is_refused() =>
        Assert.False(validator.Validate(new CreateFirstAdminCommand("ada@example.com", new string('x', 257))).IsValid);
}
