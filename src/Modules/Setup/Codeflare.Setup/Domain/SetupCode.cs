using System.Security.Cryptography;
using System.Text;

namespace Codeflare.Setup.Domain;

/// <summary>
/// The one-time code that proves the caller can read the host's console. 100 random bits, so a plain
/// SHA-256 is a sufficient stored form; only the hash is ever persisted.
/// </summary>
internal static class SetupCode
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTVWXYZ0123456789"; // Crockford-like: no I, L, O, U

    public static string Generate()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, 20);
        return string.Join('-', Enumerable.Range(0, 4).Select(group => new string(chars, group * 5, 5)));
    }

    public static string Hash(string code)
    {
        var normalized = new string(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    public static bool Matches(string code, string? expectedHash) =>
        expectedHash is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(code)), Encoding.ASCII.GetBytes(expectedHash));
}
