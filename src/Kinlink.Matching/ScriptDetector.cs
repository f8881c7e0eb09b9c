using System.Buffers;
using System.Text;

namespace Kinlink.Matching;

/// <summary>Tells which script a name is written in and, for Cyrillic, which language.</summary>
public static class ScriptDetector
{
    private static readonly SearchValues<char> UkrainianOnlyLetters = SearchValues.Create("іІїЇєЄґҐ");
    private static readonly SearchValues<char> RussianOnlyLetters = SearchValues.Create("ыЫэЭёЁъЪ");

    public static NameScript Detect(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return NameScript.Unknown;
        }

        bool latin = false, cyrillic = false, other = false;
        foreach (var rune in text.EnumerateRunes())
        {
            // Modifier letters such as U+02BC are letters to Unicode but apostrophes to us.
            if (!Rune.IsLetter(rune) || IsModifierLetterBlock(rune.Value))
            {
                continue;
            }

            if (IsLatin(rune.Value))
            {
                latin = true;
            }
            else if (IsCyrillic(rune.Value))
            {
                cyrillic = true;
            }
            else
            {
                other = true;
            }
        }

        var scripts = (latin ? 1 : 0) + (cyrillic ? 1 : 0) + (other ? 1 : 0);
        if (scripts > 1)
        {
            return NameScript.Mixed;
        }

        // A name wholly in another script (Greek, Arabic...) is neither of the two we read.
        return latin ? NameScript.Latin : cyrillic ? NameScript.Cyrillic : NameScript.Unknown;
    }

    /// <summary>
    /// Ukrainian when only Ukrainian markers occur, Russian when only Russian ones do, and
    /// Unknown when there are none or both, because then the letters do not settle it.
    /// </summary>
    public static CyrillicLanguage GuessLanguage(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return CyrillicLanguage.Unknown;
        }

        // A decomposed ё (е + U+0308) would otherwise hide a Russian marker.
        var normalized = text.Normalize(NormalizationForm.FormC);
        var ukrainian = HasUkrainianLetter(normalized) || HasApostropheInsideCyrillicWord(normalized);
        var russian = HasRussianLetter(normalized);

        return (ukrainian, russian) switch
        {
            (true, false) => CyrillicLanguage.Ukrainian,
            (false, true) => CyrillicLanguage.Russian,
            _ => CyrillicLanguage.Unknown,
        };
    }

    internal static bool HasUkrainianLetter(string text) =>
        text.AsSpan().ContainsAny(UkrainianOnlyLetters);

    internal static bool HasRussianLetter(string text) =>
        text.AsSpan().ContainsAny(RussianOnlyLetters);

    internal static bool HasCyrillic(string text)
    {
        foreach (var c in text)
        {
            if (IsCyrillic(c))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsCyrillic(int codePoint) =>
        codePoint is (>= 0x0400 and <= 0x052F)
            or (>= 0x1C80 and <= 0x1C8F)
            or (>= 0x2DE0 and <= 0x2DFF)
            or (>= 0xA640 and <= 0xA69F);

    internal static bool IsCyrillicLetter(char c) => IsCyrillic(c) && char.IsLetter(c);

    private static bool IsLatin(int codePoint) =>
        codePoint is (>= 'A' and <= 'Z')
            or (>= 'a' and <= 'z')
            or (>= 0x00C0 and <= 0x024F)
            or (>= 0x0250 and <= 0x02AF)
            or (>= 0x1E00 and <= 0x1EFF)
            or (>= 0x2C60 and <= 0x2C7F)
            or (>= 0xA720 and <= 0xA7FF)
            or (>= 0xAB30 and <= 0xAB6F)
            or (>= 0xFF21 and <= 0xFF3A)
            or (>= 0xFF41 and <= 0xFF5A);

    private static bool IsModifierLetterBlock(int codePoint) => codePoint is >= 0x02B0 and <= 0x02FF;

    private static bool HasApostropheInsideCyrillicWord(string text)
    {
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (Apostrophes.IsApostrophe(text[i])
                && IsCyrillicLetter(text[i - 1])
                && IsCyrillicLetter(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
