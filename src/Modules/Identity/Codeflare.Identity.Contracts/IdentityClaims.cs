namespace Codeflare.Identity.Contracts;

/// <summary>Claim types of a Codeflare sign-in cookie.</summary>
public static class IdentityClaims
{
    public const string UserId = "sub";
    public const string SecurityStamp = "stamp";
    public const string Permission = "perm";
}
