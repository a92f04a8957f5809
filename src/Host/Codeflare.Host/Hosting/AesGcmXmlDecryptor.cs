using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Configuration;

namespace Codeflare.Host.Hosting;

/// <summary>Created by Data Protection from the type name stored with each key, hence the service-provider constructor.</summary>
internal sealed class AesGcmXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var setting = services.GetRequiredService<IConfiguration>()[KeyEncryption.SettingName]
            ?? throw new InvalidOperationException($"The key ring is encrypted: set {KeyEncryption.SettingName}.");
        return KeyEncryption.Open(KeyEncryption.ParseKey(setting), encryptedElement.Value);
    }
}
