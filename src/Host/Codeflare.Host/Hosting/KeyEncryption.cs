using System.Security.Cryptography;
using System.Xml.Linq;

namespace Codeflare.Host.Hosting;

/// <summary>
/// AES-256-GCM for Data Protection's key ring at rest. The keys sit in PostgreSQL; without this, whoever
/// can read the database could forge sign-in cookies. The key comes from <c>DataProtection:KeyEncryptionKey</c>
/// (32 bytes, base64), which every host of one instance shares.
/// </summary>
internal static class KeyEncryption
{
    public const string SettingName = "DataProtection:KeyEncryptionKey";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public static byte[] ParseKey(string base64)
    {
        var key = Convert.FromBase64String(base64);
        return key.Length == 32 ? key : throw new InvalidOperationException($"{SettingName} must be 32 bytes, base64-encoded.");
    }

    public static string Seal(byte[] key, XElement element)
    {
        var plain = System.Text.Encoding.UTF8.GetBytes(element.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes));
        return Convert.ToBase64String(sealedBytes);
    }

    public static XElement Open(byte[] key, string sealedText)
    {
        var sealedBytes = Convert.FromBase64String(sealedText);
        var plain = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes),
            sealedBytes.AsSpan(NonceBytes, TagBytes), plain);
        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
    }
}
