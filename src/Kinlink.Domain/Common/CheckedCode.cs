using System.Text;

namespace Kinlink.Domain.Common;

/// <summary>
/// The code behind Kinlink's references (a person's <c>KL-7Q3M-92XD</c>, a family's <c>ENQ-7Q3M-92XD</c>): seven random
/// characters from Crockford's base-32 alphabet (no I, L, O or U, so nothing is mistaken for 1, 0 or V) and a Luhn
/// mod 32 check character, which catches every single wrong character and most swapped neighbours. Random, never
/// sequential: a reference tells nothing of how many there are and cannot be guessed from another.
/// </summary>
internal static class CheckedCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Characters of a code with its check character.</summary>
    public const int Length = 8;

    /// <summary>A new code; <paramref name="next"/> gives a random number below its argument.</summary>
    public static string NewCode(Func<int, int> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var body = new char[Length - 1];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = Alphabet[next(Alphabet.Length)];
        }

        var raw = new string(body);
        return raw + CheckCharacter(raw);
    }

    /// <summary>Text as a person might type a reference, upper-cased, without dashes and spaces.</summary>
    public static string Compact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToUpperInvariant())
        {
            if (c is not ('-' or ' '))
            {
                compact.Append(c);
            }
        }

        return compact.ToString();
    }

    /// <summary>The letters a reader confuses with digits read as those digits: O as 0, I and L as 1.</summary>
    public static string MapLookalikes(string compact) =>
        string.Concat(compact.Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c }));

    /// <summary>True when the (compacted, mapped) text is a code of the alphabet whose check character fits.</summary>
    public static bool IsValid(string code) =>
        code.Length == Length
        && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal))
        && CheckCharacter(code[..(Length - 1)]) == code[Length - 1];

    /// <summary>The code under its prefix, in two groups of four: <c>KL-7Q3M-92XD</c>.</summary>
    public static string Format(string prefix, string code) => $"{prefix}-{code[..4]}-{code[4..]}";

    /// <summary>Reads a reference under <paramref name="prefix"/> as typed (any case, dashes optional, O for 0 and I or L for 1) into its stored form, or null.</summary>
    public static string? NormalizeReference(string? text, string prefix)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = Compact(text);
        if (!compact.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var code = MapLookalikes(compact[prefix.Length..]);
        return IsValid(code) ? Format(prefix, code) : null;
    }

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
