using System.Security.Cryptography;
using System.Text;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Access;

/// <summary>
/// AES-256-GCM encryption of confidential values. Values about a person are encrypted with that person's own key
/// (see <see cref="PersonKey"/>), so erasing the key erases them everywhere, the audit trail included; other
/// confidential fields use a key derived from the master key. Text format: <c>v1:</c> + base64(nonce | tag | cipher).
/// The person's id (or the purpose) is bound in as associated data, so a value copied to another row fails to decrypt.
/// </summary>
public sealed class FieldEncryption(KinlinkDbContext db, KeyStore keys, TimeProvider clock)
{
    private const string Prefix = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Dictionary<PersonId, byte[]> _personKeys = [];
    private readonly Dictionary<EnquiryId, byte[]> _enquiryKeys = [];

    /// <summary>The longest text <see cref="Encrypt"/> and the enquiry methods make of <paramref name="characters"/> characters (UTF-8 takes at most 3 bytes a UTF-16 character).</summary>
    public static int SealedLength(int characters) => Prefix.Length + (4 * ((NonceSize + TagSize + (3 * characters) + 2) / 3));

    /// <summary>
    /// Whether a stored text is in the encrypted format (not whether it opens). Plain contact details never pass: an
    /// email or an address has characters base64 lacks, and a phone number does not start with <c>v1:</c>.
    /// </summary>
    public static bool LooksSealed(string? stored)
    {
        if (stored is null || !stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var body = stored.AsSpan(Prefix.Length);
        Span<byte> buffer = new byte[(body.Length * 3 / 4) + 3];
        return Convert.TryFromBase64Chars(body, buffer, out var written) && written >= NonceSize + TagSize;
    }

    /// <summary>Encrypts a confidential value that belongs to no one person; <paramref name="purpose"/> (e.g. "interview-note") is bound to it.</summary>
    public string Encrypt(string plaintext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        return Seal(DerivedKey("kinlink field v1"), Encoding.UTF8.GetBytes(plaintext), Encoding.UTF8.GetBytes("field:" + purpose));
    }

    /// <exception cref="CryptographicException">The value was altered, or encrypted for another purpose or with another key.</exception>
    public string Decrypt(string ciphertext, string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        return Encoding.UTF8.GetString(Open(DerivedKey("kinlink field v1"), ciphertext, Encoding.UTF8.GetBytes("field:" + purpose)));
    }

    /// <summary>
    /// Encrypts a confidential file that belongs to no one person (a message's scan) as raw bytes, with the key
    /// <see cref="Encrypt"/> uses; <paramref name="purpose"/> (the field and the row's id) is bound to it.
    /// </summary>
    public byte[] EncryptBytes(ReadOnlyMemory<byte> plaintext, string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        return SealBytes(DerivedKey("kinlink field v1"), plaintext.Span, Encoding.UTF8.GetBytes("field:" + purpose));
    }

    /// <exception cref="CryptographicException">The bytes were altered, or encrypted for another purpose or with another key.</exception>
    public byte[] DecryptBytes(byte[] ciphertext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        return OpenBytes(DerivedKey("kinlink field v1"), ciphertext, Encoding.UTF8.GetBytes("field:" + purpose));
    }

    /// <summary>Encrypts with the person's key, creating the key (and saving it) the first time.</summary>
    public async Task<string> EncryptForPersonAsync(PersonId personId, string plaintext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var key = await PersonKeyAsync(personId, create: true, cancellationToken) ?? throw new InvalidOperationException("No person key.");
        return Seal(key, Encoding.UTF8.GetBytes(plaintext), PersonAssociatedData(personId));
    }

    /// <exception cref="PersonKeyErasedException">The person's key was erased.</exception>
    /// <exception cref="CryptographicException">The value was altered or belongs to another person.</exception>
    public async Task<string> DecryptForPersonAsync(PersonId personId, string ciphertext, CancellationToken cancellationToken = default)
    {
        var key = await PersonKeyAsync(personId, create: false, cancellationToken) ?? throw new PersonKeyErasedException(personId);
        return Encoding.UTF8.GetString(Open(key, ciphertext, PersonAssociatedData(personId)));
    }

    /// <summary>Destroys the person's key: every value encrypted for them becomes unreadable, wherever it is stored.</summary>
    /// <returns>True when there was a key to erase.</returns>
    public async Task<bool> EraseKeyAsync(PersonId personId, CancellationToken cancellationToken = default)
    {
        _personKeys.Remove(personId);
        return await db.PersonKeys.Where(k => k.PersonId == personId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Encrypts a text of an enquiry with the enquiry's key, creating the key (and saving it) the first time.</summary>
    public async Task<string> EncryptForEnquiryAsync(EnquiryId enquiryId, string plaintext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var key = await EnquiryKeyAsync(enquiryId, create: true, cancellationToken) ?? throw new InvalidOperationException("No enquiry key.");
        return Seal(key, Encoding.UTF8.GetBytes(plaintext), EnquiryAssociatedData(enquiryId, "text"));
    }

    /// <exception cref="EnquiryKeyErasedException">The enquiry's key was erased.</exception>
    /// <exception cref="CryptographicException">The value was altered or belongs to another enquiry.</exception>
    public async Task<string> DecryptForEnquiryAsync(EnquiryId enquiryId, string ciphertext, CancellationToken cancellationToken = default)
    {
        var key = await EnquiryKeyAsync(enquiryId, create: false, cancellationToken) ?? throw new EnquiryKeyErasedException(enquiryId);
        return Encoding.UTF8.GetString(Open(key, ciphertext, EnquiryAssociatedData(enquiryId, "text")));
    }

    /// <summary>
    /// Encrypts a file of an enquiry with the enquiry's key, as raw bytes (an attachment would grow by a third as
    /// text). <paramref name="binding"/> (such as the attachment's id) is bound in, so the bytes cannot be moved to another row.
    /// </summary>
    public async Task<byte[]> EncryptBytesForEnquiryAsync(EnquiryId enquiryId, ReadOnlyMemory<byte> plaintext, string binding, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(binding);
        var key = await EnquiryKeyAsync(enquiryId, create: true, cancellationToken) ?? throw new InvalidOperationException("No enquiry key.");
        return SealBytes(key, plaintext.Span, EnquiryAssociatedData(enquiryId, binding));
    }

    /// <exception cref="EnquiryKeyErasedException">The enquiry's key was erased.</exception>
    /// <exception cref="CryptographicException">The bytes were altered or belong to another row.</exception>
    public async Task<byte[]> DecryptBytesForEnquiryAsync(EnquiryId enquiryId, byte[] ciphertext, string binding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        var key = await EnquiryKeyAsync(enquiryId, create: false, cancellationToken) ?? throw new EnquiryKeyErasedException(enquiryId);
        return OpenBytes(key, ciphertext, EnquiryAssociatedData(enquiryId, binding));
    }

    /// <summary>Destroys the enquiry's key: its contact details, account of the last news and attachments become unreadable.</summary>
    /// <returns>True when there was a key to erase.</returns>
    public async Task<bool> EraseEnquiryKeyAsync(EnquiryId enquiryId, CancellationToken cancellationToken = default)
    {
        _enquiryKeys.Remove(enquiryId);
        return await db.EnquiryKeys.Where(k => k.EnquiryId == enquiryId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Whether the master key unwraps a stored person key (true when there is none yet).</summary>
    internal async Task<bool> MasterKeyOpensStoredKeysAsync(CancellationToken cancellationToken)
    {
        var sample = await db.PersonKeys.AsNoTracking().OrderBy(k => k.PersonId).FirstOrDefaultAsync(cancellationToken);
        if (sample is null)
        {
            return true;
        }

        try
        {
            _ = Open(DerivedKey("kinlink person-key wrap v1"), sample.WrappedKey, PersonAssociatedData(sample.PersonId));
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Loads, and creates in one save, the keys of many persons: a list import names thousands.</summary>
    internal async Task PrepareKeysAsync(IEnumerable<PersonId> personIds, CancellationToken cancellationToken)
    {
        var wanted = personIds.Where(p => !_personKeys.ContainsKey(p)).Distinct().ToList();
        var wrapKey = DerivedKey("kinlink person-key wrap v1");
        foreach (var chunk in wanted.Chunk(1000))
        {
            var stored = await db.PersonKeys.AsNoTracking().Where(k => chunk.Contains(k.PersonId)).ToListAsync(cancellationToken);
            foreach (var row in stored)
            {
                _personKeys[row.PersonId] = Open(wrapKey, row.WrappedKey, PersonAssociatedData(row.PersonId));
            }

            foreach (var personId in chunk.Where(p => !_personKeys.ContainsKey(p)))
            {
                var key = RandomNumberGenerator.GetBytes(32);
                db.PersonKeys.Add(new PersonKey { PersonId = personId, WrappedKey = Seal(wrapKey, key, PersonAssociatedData(personId)), CreatedAt = clock.GetUtcNow() });
                _personKeys[personId] = key;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<byte[]?> PersonKeyAsync(PersonId personId, bool create, CancellationToken cancellationToken)
    {
        if (_personKeys.TryGetValue(personId, out var cached))
        {
            return cached;
        }

        var wrapped = await db.PersonKeys.AsNoTracking().Where(k => k.PersonId == personId).Select(k => k.WrappedKey).SingleOrDefaultAsync(cancellationToken);
        byte[]? key = null;
        if (wrapped is not null)
        {
            key = Open(DerivedKey("kinlink person-key wrap v1"), wrapped, PersonAssociatedData(personId));
        }
        else if (create)
        {
            key = RandomNumberGenerator.GetBytes(32);
            var row = new PersonKey
            {
                PersonId = personId,
                WrappedKey = Seal(DerivedKey("kinlink person-key wrap v1"), key, PersonAssociatedData(personId)),
                CreatedAt = clock.GetUtcNow(),
            };
            db.PersonKeys.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Someone else made the person's key at the same moment: theirs is the one to use.
                db.Entry(row).State = EntityState.Detached;
                return await PersonKeyAsync(personId, create: false, cancellationToken);
            }
        }

        if (key is not null)
        {
            _personKeys[personId] = key;
        }

        return key;
    }

    private async Task<byte[]?> EnquiryKeyAsync(EnquiryId enquiryId, bool create, CancellationToken cancellationToken)
    {
        if (_enquiryKeys.TryGetValue(enquiryId, out var cached))
        {
            return cached;
        }

        var wrapKey = DerivedKey("kinlink enquiry-key wrap v1");
        var wrapped = await db.EnquiryKeys.AsNoTracking().Where(k => k.EnquiryId == enquiryId).Select(k => k.WrappedKey).SingleOrDefaultAsync(cancellationToken);
        byte[]? key = null;
        if (wrapped is not null)
        {
            key = Open(wrapKey, wrapped, EnquiryAssociatedData(enquiryId, "key"));
        }
        else if (create)
        {
            // Added, not saved: the key is saved with the enquiry's first values, in the same transaction.
            key = RandomNumberGenerator.GetBytes(32);
            db.EnquiryKeys.Add(new EnquiryKey { EnquiryId = enquiryId, WrappedKey = Seal(wrapKey, key, EnquiryAssociatedData(enquiryId, "key")), CreatedAt = clock.GetUtcNow() });
        }

        if (key is not null)
        {
            _enquiryKeys[enquiryId] = key;
        }

        return key;
    }

    private static byte[] EnquiryAssociatedData(EnquiryId enquiryId, string binding) => Encoding.UTF8.GetBytes($"enquiry:{enquiryId.Value:D}:{binding}");

    private byte[] DerivedKey(string purpose) => DerivedKey(keys, purpose);

    /// <summary>A key for one purpose, derived from the master key, so each use has its own key and the key store holds one secret.</summary>
    internal static byte[] DerivedKey(KeyStore keys, string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, keys.Get(KeyStore.FieldEncryption), 32, info: Encoding.UTF8.GetBytes(purpose));

    private static byte[] PersonAssociatedData(PersonId personId) => Encoding.UTF8.GetBytes("person:" + personId.Value.ToString("D"));

    internal static byte[] SealBytes(byte[] key, ReadOnlySpan<byte> plaintext, byte[] associatedData)
    {
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), associatedData);
        return output;
    }

    internal static byte[] OpenBytes(byte[] key, byte[] ciphertext, byte[] associatedData)
    {
        if (ciphertext.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The encrypted value is damaged.");
        }

        var plaintext = new byte[ciphertext.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(ciphertext.AsSpan(0, NonceSize), ciphertext.AsSpan(NonceSize + TagSize), ciphertext.AsSpan(NonceSize, TagSize), plaintext, associatedData);
        return plaintext;
    }

    private static string Seal(byte[] key, byte[] plaintext, byte[] associatedData)
    {
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), associatedData);
        return Prefix + Convert.ToBase64String(output);
    }

    private static byte[] Open(byte[] key, string ciphertext, byte[] associatedData)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        if (!ciphertext.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("Not an encrypted value of a known version.");
        }

        byte[] input;
        try
        {
            input = Convert.FromBase64String(ciphertext[Prefix.Length..]);
        }
        catch (FormatException ex)
        {
            throw new CryptographicException("The encrypted value is damaged.", ex);
        }

        if (input.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The encrypted value is damaged.");
        }

        var plaintext = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plaintext, associatedData);
        return plaintext;
    }
}
