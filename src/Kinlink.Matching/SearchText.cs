using System.Globalization;
using System.Text;

namespace Kinlink.Matching;

/// <summary>
/// The single normalisation behind the search columns. Stored keys and queries must both go
/// through it, or a lookup silently misses, so there is deliberately no second variant.
/// </summary>
public static class SearchText
{
    private const int LatinStart = 0x00C0;
    private const int LatinEnd = 0x024F;
    private const int LatinAdditionalStart = 0x1E00;
    private const int LatinAdditionalEnd = 0x1EFF;

    private static readonly string?[] LatinFolds = BuildLatinFolds(LatinStart, LatinEnd);
    private static readonly string?[] LatinAdditionalFolds = BuildLatinFolds(LatinAdditionalStart, LatinAdditionalEnd);

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Search keys are compared by machine, not read by people, and must be the same on
        // every server whatever its culture.
        var lowered = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();

        var folded = new StringBuilder(lowered.Length);
        var pendingSpace = false;
        foreach (var c in lowered)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (IsDropped(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            AppendFolded(folded, c);
        }

        return folded.ToString();
    }

    /// <summary>The Latin search form of a name in either script.</summary>
    public static string FoldLatin(string? text, CyrillicLanguage language = CyrillicLanguage.Unknown) =>
        Fold(Transliterator.ToLatin(text, language));

    private static bool IsDropped(char c) =>
        Apostrophes.IsApostrophe(c)

        // Invisible characters that ride along with copied and pasted names.
        || c is '\u00AD' or '\u200B' or '\u2060' or '\uFEFF'

        // Marks still loose after composition have no precomposed letter (stress accents on
        // Cyrillic vowels, say); й and ї compose and so are kept.
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static void AppendFolded(StringBuilder folded, char c)
    {
        switch (c)
        {
            // ё is written as е in most Russian records, so the two must meet.
            case 'ё':
                folded.Append('е');
                return;
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014':
                folded.Append('-');
                return;
            case >= (char)LatinStart and <= (char)LatinEnd:
                folded.Append(LatinFolds[c - LatinStart] ?? c.ToString());
                return;
            case >= (char)LatinAdditionalStart and <= (char)LatinAdditionalEnd:
                folded.Append(LatinAdditionalFolds[c - LatinAdditionalStart] ?? c.ToString());
                return;
            default:
                folded.Append(c);
                return;
        }
    }

    private static string?[] BuildLatinFolds(int first, int last)
    {
        var folds = new string?[last - first + 1];
        for (var code = first; code <= last; code++)
        {
            var c = (char)code;
            folds[code - first] = LetterWithoutDecomposition(c) ?? StripMarks(c);
        }

        return folds;
    }

    // Letters whose stroke or ligature is part of the glyph, so Unicode gives no decomposition.
    // Input is lower-cased before it gets here.
    private static string? LetterWithoutDecomposition(char c) => c switch
    {
        'ł' => "l",
        'ø' => "o",
        'ß' => "ss",
        'đ' or 'ð' => "d",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        'ħ' => "h",
        'ŧ' => "t",
        'ı' => "i",
        'ŀ' => "l",
        _ => null,
    };

    private static string? StripMarks(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var stripped = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                stripped.Append(part);
            }
        }

        // Only a plain ASCII result is a useful fold; anything else stays as it was.
        var result = stripped.ToString();
        return result.Length > 0 && result != decomposed && Ascii.IsValid(result) ? result : null;
    }
}
