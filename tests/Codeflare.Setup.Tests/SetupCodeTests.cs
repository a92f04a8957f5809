using Codeflare.Setup.Domain;

namespace Codeflare.Setup.Tests;

public sealed class SetupCodeTests
{
    [Fact]
    public void A_code_is_four_groups_of_five_unambiguous_characters() =>
        Assert.Matches("^[A-HJKMNP-TV-Z0-9]{5}(-[A-HJKMNP-TV-Z0-9]{5}){3}$", SetupCode.Generate());

    [Fact]
    public void Codes_do_not_repeat() =>
        Assert.Equal(1000, Enumerable.Range(0, 1000).Select(_ => SetupCode.Generate()).Distinct().Count());

    [Fact]
    public void A_code_matches_its_hash_however_it_is_typed()
    {
        var code = SetupCode.Generate();
        var hash = SetupCode.Hash(code);

        Assert.True(SetupCode.Matches(code, hash));
        Assert.True(SetupCode.Matches(" " + code.ToLowerInvariant().Replace("-", " ") + " ", hash));
    }

    [Fact]
    public void Another_code_or_no_issued_code_does_not_match()
    {
        var hash = SetupCode.Hash(SetupCode.Generate());

        Assert.False(SetupCode.Matches(SetupCode.Generate(), hash));
        Assert.False(SetupCode.Matches(SetupCode.Generate(), null));
    }

    [Fact]
    public void The_stored_form_is_a_sha256_hex_digest_not_the_code()
    {
        var code = SetupCode.Generate();

        Assert.Matches("^[0-9a-f]{64}$", SetupCode.Hash(code));
        Assert.DoesNotContain(code.Replace("-", ""), SetupCode.Hash(code), StringComparison.OrdinalIgnoreCase);
    }
}
