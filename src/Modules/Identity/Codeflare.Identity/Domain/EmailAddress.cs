namespace Codeflare.Identity.Domain;

internal static class EmailAddress
{
    /// <summary>Emails are compared trimmed and lower-cased (SPEC §2).</summary>
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
