using System.Security.Cryptography;
using Kinlink.Data.Access;
using Kinlink.Testing;
using Microsoft.Extensions.Configuration;

namespace Kinlink.Integration.Tests.Access;

public sealed class KeyStoreTests : IDisposable
{
    private readonly string _directory = TestKeys.NewDirectory();

    [Fact]
    public void Creates_the_directory_and_the_keys_readable_by_the_owner_only_and_reuses_them()
    {
        var store = new KeyStore(_directory);

        var created = store.EnsureCreated();

        Assert.Equal([KeyStore.AuditHmac, KeyStore.FieldEncryption], created);
        if (!OperatingSystem.IsWindows())
        {
            var ownerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            Assert.Equal(ownerOnlyDirectory, File.GetUnixFileMode(_directory));
            foreach (var file in Directory.GetFiles(_directory))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        }

        var audit = store.Get(KeyStore.AuditHmac);
        var again = new KeyStore(_directory);
        Assert.Empty(again.EnsureCreated());
        Assert.Equal(audit, again.Get(KeyStore.AuditHmac));
        Assert.Equal(32, audit.Length);
        Assert.NotEqual(audit, again.Get(KeyStore.FieldEncryption));
    }

    [Fact]
    public void Keys_in_environment_variables_take_precedence_over_files()
    {
        new KeyStore(_directory).EnsureCreated();
        var shared = RandomNumberGenerator.GetBytes(32);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["KINLINK_KEY_AUDIT_HMAC"] = Convert.ToBase64String(shared) })
            .Build();

        var store = new KeyStore(_directory, configuration);

        Assert.Equal(shared, store.Get(KeyStore.AuditHmac));
        Assert.Equal("$KINLINK_KEY_AUDIT_HMAC", store.Describe(KeyStore.AuditHmac));
        Assert.Equal(new KeyStore(_directory).Get(KeyStore.FieldEncryption), store.Get(KeyStore.FieldEncryption));
    }

    [Fact]
    public void A_key_of_the_wrong_length_is_refused_with_where_it_came_from()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["KINLINK_KEY_FIELD_ENCRYPTION"] = Convert.ToBase64String(new byte[16]) })
            .Build();

        var ex = Assert.Throws<InvalidOperationException>(() => new KeyStore(_directory, configuration).Get(KeyStore.FieldEncryption));

        Assert.Contains("KINLINK_KEY_FIELD_ENCRYPTION", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_directory_defaults_to_keys_in_the_data_directory_and_can_be_set()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "kinlink-data");
        IConfiguration Settings(string? keys) => new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Kinlink:DataDirectory"] = dataDirectory, ["Kinlink:KeysDirectory"] = keys })
            .Build();

        Assert.Equal(Path.Combine(dataDirectory, "keys"), KeyStore.DirectoryFrom(Settings(null)));
        Assert.Equal(_directory, KeyStore.DirectoryFrom(Settings(_directory)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
