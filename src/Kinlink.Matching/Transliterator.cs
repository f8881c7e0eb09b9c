using System.Globalization;
using System.Text;

namespace Kinlink.Matching;

/// <summary>
/// Romanises Ukrainian by the national system (KMU Resolution 55 of 2010) and Russian by
/// ICAO Doc 9303, the tables used in the passports whose Latin line a registry will receive.
/// </summary>
public static partial class Transliterator
{
    public static string ToLatin(string? text, CyrillicLanguage language = CyrillicLanguage.Unknown)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Leave Latin names byte for byte as entered: they are someone's own spelling.
        if (!ScriptDetector.HasCyrillic(text))
        {
            return text;
        }

        // й and ї may arrive decomposed; composing first lets one table cover both forms.
        var source = DropMarksAfterCyrillic(text.Normalize(NormalizationForm.FormC));
        var ukrainian = UsesUkrainianRules(source, language);
        return EachWord(source, (output, word, textAllCaps) => AppendWord(output, word, ukrainian, textAllCaps));
    }

    private delegate void WordWriter(StringBuilder output, ReadOnlySpan<char> word, bool textAllCaps);

    /// <summary>Writes each word through <paramref name="write"/> and everything between words as it is.</summary>
    private static string EachWord(string source, WordWriter write)
    {
        // In a text typed all in capitals a one-letter word is capitals too, so "Ж" there becomes "ZH", not "Zh".
        var textAllCaps = IsAllCaps(source, minimumCasedLetters: 2);
        var output = new StringBuilder(source.Length + (source.Length / 2));
        var i = 0;
        while (i < source.Length)
        {
            if (!IsWordPart(source[i]))
            {
                output.Append(source[i]);
                i++;
                continue;
            }

            var end = i;
            while (end < source.Length && IsWordPart(source[end]))
            {
                end++;
            }

            write(output, source.AsSpan(i, end - i), textAllCaps);
            i = end;
        }

        return output.ToString();
    }

    private static bool UsesUkrainianRules(string source, CyrillicLanguage language) => language switch
    {
        CyrillicLanguage.Ukrainian => true,
        CyrillicLanguage.Russian => false,
        CyrillicLanguage.Unknown => ScriptDetector.GuessLanguage(source) switch
        {
            CyrillicLanguage.Ukrainian => true,
            CyrillicLanguage.Russian => false,

            // Markers of both languages or none. A Ukrainian-only letter cannot be Russian, so
            // it decides (the Russian-only letters keep their ICAO values under the Ukrainian
            // table); with no marker at all ICAO wins, as in Russian-issued documents.
            _ => ScriptDetector.HasUkrainianLetter(source),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unsupported language."),
    };

    // Apostrophes belong to the word: KMU 2010 says a letter after one is not a word start.
    private static bool IsWordPart(char c) => char.IsLetter(c) || Apostrophes.IsApostrophe(c);

    private static void AppendWord(StringBuilder output, ReadOnlySpan<char> word, bool ukrainian, bool textAllCaps)
    {
        // A lone capital is usually an initial ("Ж. Іванов" -> "Zh. Ivanov"), so it is
        // written in full capitals only when the whole text is.
        var cased = CountCased(word, out var allUpper);
        var wordAllCaps = allUpper && (cased >= 2 || (cased == 1 && textAllCaps));

        var seenLetter = false;
        var previous = '\0';
        for (var j = 0; j < word.Length; j++)
        {
            var c = word[j];
            if (Apostrophes.IsApostrophe(c))
            {
                var next = j + 1 < word.Length ? NextLetter(word[(j + 1)..]) : '\0';
                var inner = seenLetter && next != '\0';
                if (!inner || !(ScriptDetector.IsCyrillicLetter(previous) || ScriptDetector.IsCyrillicLetter(next)))
                {
                    output.Append(c);
                }

                previous = c;
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var afterZ = char.ToLowerInvariant(previous) == 'з';
            var latin = ukrainian ? MapUkrainian(lower, !seenLetter, afterZ) : MapRussian(lower);
            if (latin is null)
            {
                output.Append(c);
            }
            else if (char.IsUpper(c))
            {
                output.Append(wordAllCaps ? latin.ToUpperInvariant() : Capitalize(latin));
            }
            else
            {
                output.Append(latin);
            }

            seenLetter = true;
            previous = c;
        }
    }

    private static string? MapUkrainian(char lower, bool wordStart, bool afterZ) => lower switch
    {
        // зг -> zgh keeps "z+h" apart from ж -> zh.
        'г' => afterZ ? "gh" : "h",
        'ґ' => "g",
        'е' => "e",
        'є' => wordStart ? "ye" : "ie",
        'и' => "y",
        'і' => "i",
        'ї' => wordStart ? "yi" : "i",
        'й' => wordStart ? "y" : "i",
        'ю' => wordStart ? "yu" : "iu",
        'я' => wordStart ? "ya" : "ia",

        // Not Ukrainian letters; when they turn up the Russian (ICAO) values are the best reading.
        'ё' => "e",
        'ъ' => "ie",
        'ы' => "y",
        'э' => "e",
        _ => MapShared(lower),
    };

    private static string? MapRussian(char lower) => lower switch
    {
        'г' => "g",
        'е' => "e",
        'ё' => "e",
        'и' => "i",
        'й' => "i",
        'ъ' => "ie",
        'ы' => "y",
        'э' => "e",
        'ю' => "iu",
        'я' => "ia",

        // Doc 9303 also covers the Ukrainian letters, which a Russian-language record may keep.
        'ґ' => "g",
        'є' => "ie",
        'і' => "i",
        'ї' => "i",
        _ => MapShared(lower),
    };

    private static string? MapShared(char lower) => lower switch
    {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'д' => "d",
        'ж' => "zh",
        'з' => "z",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ь' => string.Empty,

        // Other Cyrillic letters (Belarusian ў, Serbian ђ...) are outside both tables and are
        // left visible rather than guessed.
        _ => null,
    };

    private static string Capitalize(string latin) =>
        latin.Length == 0 ? latin : string.Concat(char.ToUpperInvariant(latin[0]).ToString(), latin.AsSpan(1));

    private static char NextLetter(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (!Apostrophes.IsApostrophe(c))
            {
                return c;
            }
        }

        return '\0';
    }

    private static int CountCased(ReadOnlySpan<char> word, out bool allUpper)
    {
        var count = 0;
        allUpper = true;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                count++;
            }
            else if (char.IsLower(c))
            {
                count++;
                allUpper = false;
            }
        }

        return count;
    }

    private static bool IsAllCaps(string text, int minimumCasedLetters)
    {
        var cased = CountCased(text, out var allUpper);
        return allUpper && cased >= minimumCasedLetters;
    }

    // Marks left over after composition on Cyrillic letters are stress accents (Марі́я); they
    // carry no letter of their own and would otherwise split a word in two.
    private static string DropMarksAfterCyrillic(string text)
    {
        StringBuilder? kept = null;
        var lastBase = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isMark = CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
            if (isMark && ScriptDetector.IsCyrillicLetter(lastBase))
            {
                kept ??= new StringBuilder(text, 0, i, text.Length);
                continue;
            }

            if (!isMark)
            {
                lastBase = c;
            }

            kept?.Append(c);
        }

        return kept?.ToString() ?? text;
    }
}
