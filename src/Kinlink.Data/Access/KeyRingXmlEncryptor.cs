using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Kinlink.Data.Access;

/// <summary>
/// Encrypts each data-protection key (the key that signs sign-in cookies and antiforgery tokens) before it is stored in
/// the database, with a key derived from the key store's field-encryption key: a copy of the database alone cannot
/// forge a sign-in. Every server that shares the database must share that key (the same keys directory or
/// <c>$KINLINK_KEY_FIELD_ENCRYPTION</c>). AES-256-GCM, as <see cref="FieldEncryption"/> uses.
/// </summary>
public sealed class KeyRingXmlEncryptor(KeyStore keys) : IXmlEncryptor
{
    internal const string ElementName = "encryptedKey";
    internal const string ValueElementName = "value";
    internal const string KeyPurpose = "kinlink data-protection v1";
    internal static readonly byte[] AssociatedData = Encoding.UTF8.GetBytes("kinlink data-protection key");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = FieldEncryption.SealBytes(FieldEncryption.DerivedKey(keys, KeyPurpose), plaintext, AssociatedData);
        var element = new XElement(ElementName,
            new XComment(" Encrypted with a key derived from Kinlink's field-encryption key (AES-256-GCM). "),
            new XElement(ValueElementName, Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(KeyRingXmlDecryptor));
    }
}
