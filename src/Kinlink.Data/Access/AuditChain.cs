using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kinlink.Domain.Common;

namespace Kinlink.Data.Access;

/// <summary>
/// The MAC of an entry: HMAC-SHA256, with a key from the key store, over every field of the entry (its sequence
/// number, its persons and the previous entry's MAC included). Without the key nobody can edit, remove, reorder or
/// rewrite entries so that the chain still checks.
/// </summary>
internal static class AuditChain
{
    /// <summary>The "previous MAC" of entry 1.</summary>
    public const string Genesis = "";

    public static string MacOf(byte[] key, AuditEntry entry, IEnumerable<PersonId> personIds)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        // Each field is length-prefixed, so no two different entries serialise to the same bytes.
        void Add(string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
            hmac.AppendData(length);
            hmac.AppendData(bytes);
        }

        // Entries without a request keep the first version's bytes, so trails written before requests were
        // recorded still verify; the version tag keeps the two forms from ever producing the same bytes.
        Add(entry.Request is null ? "kinlink-audit-v1" : "kinlink-audit-v2");
        Add(entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Add(entry.At.Ticks.ToString(CultureInfo.InvariantCulture));
        Add(entry.UserName);
        Add(entry.Organisation);
        Add(entry.Action);
        if (entry.Request is not null)
        {
            Add(entry.Request);
        }

        Add(entry.Summary);
        Add(entry.PersonCount.ToString(CultureInfo.InvariantCulture));
        Add(string.Join(',', personIds.Select(p => p.Value.ToString("N")).Order(StringComparer.Ordinal)));
        Add(entry.Changes ?? "\0");
        Add(entry.PreviousMac);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>Microseconds, as PostgreSQL stores them; SQLite keeps them too.</summary>
    public static DateTime Truncate(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }
}
