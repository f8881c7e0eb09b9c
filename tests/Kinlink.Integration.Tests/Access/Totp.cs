using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Kinlink.Integration.Tests.Access;

/// <summary>RFC 6238 codes computed here from the shared key, the way an authenticator app does, so the tests do not trust the server's own code.</summary>
internal static class Totp
{
    public static string Code(string base32Key, DateTimeOffset time)
    {
        var key = Base32(base32Key);
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, time.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238 with the SHA-1 that authenticator apps use by default.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().Where(c => c is not ' ' and not '='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
