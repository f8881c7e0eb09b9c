using Kinlink.Data.Access;
using Microsoft.Extensions.Configuration;

namespace Kinlink.Testing;

/// <summary>Key stores for tests: a fresh directory each, or fixed keys given as if by environment variables.</summary>
public static class TestKeys
{
    public static string NewDirectory() => Path.Combine(Path.GetTempPath(), "kinlink-test-keys", Guid.NewGuid().ToString("N"));

    public static KeyStore NewStore() => new(NewDirectory());

    /// <summary>A store whose keys come from KINLINK_KEY_* settings, e.g. to sign with a known, or a wrong, key.</summary>
    public static KeyStore FromVariables(byte[] auditKey, byte[] fieldKey) => new(NewDirectory(), new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            [KeyStore.VariableFor(KeyStore.AuditHmac)] = Convert.ToBase64String(auditKey),
            [KeyStore.VariableFor(KeyStore.FieldEncryption)] = Convert.ToBase64String(fieldKey),
        })
        .Build());
}
