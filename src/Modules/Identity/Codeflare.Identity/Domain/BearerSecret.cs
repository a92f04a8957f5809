namespace Codeflare.Identity.Domain;

/// <summary>
/// The text form of an id-plus-secret credential, <c>&lt;prefix&gt;&lt;id as 32 hex&gt;_&lt;secret&gt;</c>: the id finds the
/// record, the secret proves possession. API tokens use the prefix <c>cf_pat_</c>, invitations <c>cf_inv_</c>.
/// </summary>
internal static class BearerSecret
{
    public const string ApiTokenPrefix = "cf_pat_";
    public const string InvitationPrefix = "cf_inv_";

    public static string Format(string prefix, Guid id, string secret) => $"{prefix}{id:N}_{secret}";

    public static bool TryParse(string prefix, string? text, out Guid id, out string secret)
    {
        id = Guid.Empty;
        secret = "";
        if (text is null || !text.StartsWith(prefix, StringComparison.Ordinal) || text.Length < prefix.Length + 34) return false;
        var body = text.AsSpan(prefix.Length);
        if (body[32] != '_' || !Guid.TryParseExact(body[..32], "N", out id)) return false;
        secret = body[33..].ToString();
        return secret.Length is > 0 and <= 128;
    }
}
