using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kinlink.Domain.Tracing;

/// <summary>
/// The secret code a family gets with its case reference when it files an enquiry online: with both, and only with
/// both, it may see what may be told of the case. Twelve characters from an alphabet without look-alikes (no 0, O, 1,
/// I, L, U), about 59 bits, so it cannot be guessed within the status page's limits. Kinlink keeps only a salted
/// PBKDF2 hash of it, so that a copy of the database does not open the families' status pages.
/// </summary>
public static class FamilyAccessCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public const int Length = 12;

    private const string Scheme = "pbkdf2-sha256";
    private const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>A new random code, grouped in threes for reading and writing down: <c>7QX-M2D-9KT-4HW</c>.</summary>
    public static string NewCode()
    {
        var characters = new char[Length];
        for (var i = 0; i < characters.Length; i++)
        {
            characters[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return string.Join('-', Enumerable.Range(0, Length / 3).Select(group => new string(characters, group * 3, 3)));
    }

    /// <summary>The code as a family might type it back: any case, dashes and spaces ignored.</summary>
    public static string Normalise(string? typed) =>
        string.Concat((typed ?? "").Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant));

    /// <summary>The text stored for a code: scheme, iterations, salt and hash, so the scheme can change without losing old codes.</summary>
    public static string Hash(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(Normalise(code), salt, Iterations);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>Whether the typed code is the one the stored hash was made from; the hashes are compared in constant time.</summary>
    public static bool Matches(string? typed, string? stored)
    {
        var code = Normalise(typed);
        if (code.Length != Length || string.IsNullOrEmpty(stored))
        {
            return false;
        }

        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations)
            || iterations <= 0 || !TryFromBase64(parts[2], out var salt) || !TryFromBase64(parts[3], out var expected))
        {
            return false;
        }

        var actual = Derive(code, salt, iterations);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static bool TryFromBase64(string text, out byte[] bytes)
    {
        var buffer = new byte[text.Length];
        if (Convert.TryFromBase64String(text, buffer, out var written) && written > 0)
        {
            bytes = buffer[..written];
            return true;
        }

        bytes = [];
        return false;
    }

    private static byte[] Derive(string code, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
