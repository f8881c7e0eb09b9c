using System.Security.Cryptography;
using System.Xml.Linq;
using Kinlink.Data.Access;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Access;

/// <summary>The data-protection keys kept in the database open only with the key store's field-encryption key.</summary>
public sealed class KeyRingXmlEncryptionTests
{
    private static readonly XElement MasterKey = XElement.Parse("<descriptor><masterKey><value>c2VjcmV0IGtleSBtYXRlcmlhbA==</value></masterKey></descriptor>");

    [Fact]
    public void A_key_is_stored_without_its_secret_and_opens_with_the_same_field_encryption_key_only()
    {
        var fieldKey = RandomNumberGenerator.GetBytes(KeyStore.KeyLength);
        var server = TestKeys.FromVariables(RandomNumberGenerator.GetBytes(KeyStore.KeyLength), fieldKey);
        var secondServer = TestKeys.FromVariables(RandomNumberGenerator.GetBytes(KeyStore.KeyLength), fieldKey);
        var stranger = TestKeys.FromVariables(RandomNumberGenerator.GetBytes(KeyStore.KeyLength), RandomNumberGenerator.GetBytes(KeyStore.KeyLength));

        var encrypted = new KeyRingXmlEncryptor(server).Encrypt(MasterKey);

        Assert.Equal(typeof(KeyRingXmlDecryptor), encrypted.DecryptorType);
        Assert.DoesNotContain("c2VjcmV0IGtleSBtYXRlcmlhbA==", encrypted.EncryptedElement.ToString(), StringComparison.Ordinal);
        Assert.True(XNode.DeepEquals(MasterKey, new KeyRingXmlDecryptor(secondServer).Decrypt(encrypted.EncryptedElement)));
        Assert.ThrowsAny<CryptographicException>(() => new KeyRingXmlDecryptor(stranger).Decrypt(encrypted.EncryptedElement));

        var altered = new XElement(encrypted.EncryptedElement);
        var value = altered.Element("value")!;
        var bytes = Convert.FromBase64String(value.Value);
        bytes[^1] ^= 1;
        value.Value = Convert.ToBase64String(bytes);
        Assert.ThrowsAny<CryptographicException>(() => new KeyRingXmlDecryptor(server).Decrypt(altered));
    }
}
