using System.Collections.Concurrent;
using System.Security.Cryptography;
using Kinlink.Data.Configuration;
using Microsoft.Extensions.Configuration;

namespace Kinlink.Data.Access;

/// <summary>
/// The secret keys, kept outside the database so that a copy of the database alone can neither forge the audit
/// trail nor read encrypted fields. Each key comes from an environment variable (base64, so several servers can
/// share it) or else from a file in the keys directory, created on first use with owner-only permissions.
/// </summary>
public sealed class KeyStore
{
    /// <summary>HMAC-SHA256 key that chains the audit trail.</summary>
    public const string AuditHmac = "audit-hmac";

    /// <summary>Master key that wraps the per-person keys and encrypts confidential fields.</summary>
    public const string FieldEncryption = "field-encryption";

    public const int KeyLength = 32;

    private static readonly string[] KnownKeys = [AuditHmac, FieldEncryption];

    private readonly IConfiguration? _configuration;
    private readonly ConcurrentDictionary<string, byte[]> _loaded = new(StringComparer.Ordinal);
    private readonly Lock _createLock = new();

    public KeyStore(string directory, IConfiguration? configuration = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        _configuration = configuration;
    }

    public string Directory { get; }

    /// <summary>The copy of the audit chain's end that shows entries deleted from the database's end (see <see cref="AuditWitness"/>).</summary>
    public string AuditWitnessPath => Path.Combine(Directory, AuditWitness.FileName);

    /// <summary><c>Kinlink:KeysDirectory</c>, or <c>keys</c> in the data directory.</summary>
    public static string DirectoryFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["Kinlink:KeysDirectory"];
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(DatabaseSettings.From(configuration).DataDirectory, "keys")
            : Path.GetFullPath(configured);
    }

    public static KeyStore From(IConfiguration configuration) => new(DirectoryFrom(configuration), configuration);

    /// <summary>The environment variable that may hold a key instead of its file: KINLINK_KEY_AUDIT_HMAC, KINLINK_KEY_FIELD_ENCRYPTION.</summary>
    public static string VariableFor(string name) => "KINLINK_KEY_" + name.Replace('-', '_').ToUpperInvariant();

    public byte[] Get(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _loaded.GetOrAdd(name, Load);
    }

    /// <summary>A key that must already exist: checking old data with a key made up now would only report it as forged.</summary>
    public byte[] GetExisting(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!_loaded.ContainsKey(name) && FromVariable(name) is null && !File.Exists(PathOf(name)))
        {
            throw new InvalidOperationException($"The key {name} is neither in ${VariableFor(name)} nor in {PathOf(name)}; restore the keys directory from the same backup as the database.");
        }

        return Get(name);
    }

    /// <summary>Creates the directory and every key that has neither a variable nor a file yet.</summary>
    /// <returns>The names of the keys created now.</returns>
    public IReadOnlyList<string> EnsureCreated()
    {
        EnsureDirectory(Directory);
        var created = new List<string>();
        foreach (var name in KnownKeys)
        {
            if (FromVariable(name) is null && !File.Exists(PathOf(name)))
            {
                _ = Get(name);
                created.Add(name);
            }
        }

        return created;
    }

    /// <summary>Where a key lives, for messages: the variable's name or the file's path.</summary>
    public string Describe(string name) => FromVariable(name) is not null ? $"${VariableFor(name)}" : PathOf(name);

    /// <summary>Creates a directory readable by its owner only (mode 700), since it holds keys.</summary>
    public static void EnsureDirectory(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(path);
        }
        else
        {
            System.IO.Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string PathOf(string name) => Path.Combine(Directory, name + ".key");

    private byte[]? FromVariable(string name)
    {
        var text = _configuration?[VariableFor(name)];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Decode(text, $"${VariableFor(name)}");
    }

    private byte[] Load(string name)
    {
        if (FromVariable(name) is { } fromVariable)
        {
            return fromVariable;
        }

        var path = PathOf(name);
        lock (_createLock)
        {
            if (!File.Exists(path))
            {
                Create(path);
            }
        }

        return Decode(File.ReadAllText(path), path);
    }

    private void Create(string path)
    {
        EnsureDirectory(Directory);
        var key = RandomNumberGenerator.GetBytes(KeyLength);
        // Written under a temporary name and moved into place, so another process starting at the same moment
        // never reads half a key, and the first one to finish wins.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, options))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }

    private static byte[] Decode(string text, string where)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"The key in {where} is not base64.");
        }

        return key.Length == KeyLength ? key : throw new InvalidOperationException($"The key in {where} has {key.Length} bytes; it must have {KeyLength}.");
    }
}
