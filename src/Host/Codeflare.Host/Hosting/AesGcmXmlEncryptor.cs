using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Codeflare.Host.Hosting;

internal sealed class AesGcmXmlEncryptor(byte[] key) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(new XElement("sealed", KeyEncryption.Seal(key, plaintextElement)), typeof(AesGcmXmlDecryptor));
}
