using System.Security.Cryptography;
using System.Text;

namespace Codeflare.Identity.Domain;

/// <summary>
/// Random bearer secrets (API tokens, invitation links) of 256 bits. Being random, a SHA-256 of them is a
/// sufficient stored form: only the hash is persisted and the secret is shown exactly once.
/// </summary>
internal static class Secrets
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string expectedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(expectedHash));
}
