using System.Security.Cryptography;
using System.Text;

namespace Kinlink.Domain.Tracing;

/// <summary>
/// The case reference a family is given and reads out on the phone: <c>ENQ-7Q3M-92XD</c>. Random, never sequential,
/// so a reference tells nothing about how many families asked nor lets anyone guess another family's case. Seven
/// characters of Crockford's base-32 alphabet and a Luhn mod 32 check character, as persons' references have, under a
/// prefix of its own so that a family's case number is never mistaken for a registry reference (KL-).
/// </summary>
public sealed record EnquiryReference
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const string Prefix = "ENQ";

    private EnquiryReference(string value) => Value = value;

    public string Value { get; }

    public static EnquiryReference NewRandom()
    {
        var body = new char[7];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        var raw = new string(body);
        return new EnquiryReference(Format(raw + CheckCharacter(raw)));
    }

    /// <summary>Reads a reference as a person might type it: any case, dashes and spaces optional, O for 0 and I or L for 1.</summary>
    public static bool TryParse(string? text, out EnquiryReference? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = new StringBuilder();
        foreach (var c in text.Trim().ToUpperInvariant())
        {
            if (c is not ('-' or ' '))
            {
                compact.Append(c);
            }
        }

        var raw = compact.ToString();
        // The prefix is read before O and I are mapped to digits: "ENQ" itself holds neither, but it must stay letters.
        if (!raw.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var body = string.Concat(raw[Prefix.Length..].Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c }));
        if (body.Length != 8 || body.Any(c => Alphabet.IndexOf(c, StringComparison.Ordinal) < 0) || CheckCharacter(body[..7]) != body[7])
        {
            return false;
        }

        reference = new EnquiryReference(Format(body));
        return true;
    }

    public static EnquiryReference Parse(string text) =>
        TryParse(text, out var reference) ? reference! : throw new FormatException($"'{text}' is not a valid enquiry reference.");

    public override string ToString() => Value;

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
