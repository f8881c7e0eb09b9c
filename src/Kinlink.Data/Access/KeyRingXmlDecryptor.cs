using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Data.Access;

/// <summary>Opens what <see cref="KeyRingXmlEncryptor"/> stored. Data protection makes it by type name, with the service provider.</summary>
public sealed class KeyRingXmlDecryptor(KeyStore keys) : IXmlDecryptor
{
    public KeyRingXmlDecryptor(IServiceProvider services)
        : this(services.GetRequiredService<KeyStore>())
    {
    }

    /// <exception cref="CryptographicException">The key was encrypted with another field-encryption key, or altered.</exception>
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var value = encryptedElement.Element(KeyRingXmlEncryptor.ValueElementName)?.Value
            ?? throw new CryptographicException($"The stored data-protection key has no <{KeyRingXmlEncryptor.ValueElementName}> element.");
        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            throw new CryptographicException("The stored data-protection key is not base64.");
        }

        var plaintext = FieldEncryption.OpenBytes(FieldEncryption.DerivedKey(keys, KeyRingXmlEncryptor.KeyPurpose), sealedBytes, KeyRingXmlEncryptor.AssociatedData);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
