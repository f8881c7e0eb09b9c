using System.Security.Cryptography;
using System.Text;

namespace Kinlink.Domain.Registry;

/// <summary>
/// The reference a family reads out on the phone: <c>KL-7Q3M-92XD</c>. Seven random characters from
/// Crockford's base-32 alphabet (no I, L, O or U, so nothing is mistaken for 1, 0 or V) and a Luhn mod 32
/// check character, which catches every single wrong character and most swapped neighbours.
/// </summary>
public sealed record IntermediaryReference
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const string Prefix = "KL";

    private IntermediaryReference(string value) => Value = value;

    public string Value { get; }

    public static IntermediaryReference NewRandom() => FromRandomBody(RandomNumberGenerator.GetInt32);

    /// <summary>For deterministic demo data: the caller supplies the random numbers.</summary>
    public static IntermediaryReference NewFrom(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return FromRandomBody(random.Next);
    }

    /// <summary>
    /// Reads a reference as a person might type it: any case, with or without dashes and spaces,
    /// O for 0 and I or L for 1. Fails when the check character does not fit.
    /// </summary>
    public static bool TryParse(string? text, out IntermediaryReference? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = new StringBuilder();
        foreach (var c in text.Trim().ToUpperInvariant())
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            compact.Append(c switch { 'O' => '0', 'I' or 'L' => '1', _ => c });
        }

        var raw = compact.ToString();
        if (raw.StartsWith(Prefix, StringComparison.Ordinal))
        {
            raw = raw[Prefix.Length..];
        }
        else if (raw.StartsWith("K1", StringComparison.Ordinal) && raw.Length == 10)
        {
            // "KL" after the L→1 mapping above.
            raw = raw[2..];
        }

        if (raw.Length != 8 || raw.Any(c => Alphabet.IndexOf(c, StringComparison.Ordinal) < 0))
        {
            return false;
        }

        if (CheckCharacter(raw[..7]) != raw[7])
        {
            return false;
        }

        reference = new IntermediaryReference(Format(raw));
        return true;
    }

    public static IntermediaryReference Parse(string text) =>
        TryParse(text, out var reference) ? reference! : throw new FormatException($"'{text}' is not a valid Kinlink reference.");

    public override string ToString() => Value;

    private static IntermediaryReference FromRandomBody(Func<int, int> next)
    {
        var body = new char[7];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = Alphabet[next(Alphabet.Length)];
        }

        var raw = new string(body);
        return new IntermediaryReference(Format(raw + CheckCharacter(raw)));
    }

    private static string Format(string raw) => $"{Prefix}-{raw[..4]}-{raw[4..]}";

    private static char CheckCharacter(string body)
    {
        var n = Alphabet.Length;
        var factor = 2;
        var sum = 0;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            var addend = factor * Alphabet.IndexOf(body[i], StringComparison.Ordinal);
            factor = factor == 2 ? 1 : 2;
            sum += (addend / n) + (addend % n);
        }

        return Alphabet[(n - (sum % n)) % n];
    }
}
