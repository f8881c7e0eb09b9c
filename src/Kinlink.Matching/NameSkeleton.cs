using System.Text;

namespace Kinlink.Matching;

/// <summary>
/// A reduced Latin spelling on which the romanisation systems stop disagreeing: Коваленко,
/// Kovalenko and KOVALENKO meet, and so do Юрій, Yurii, Yuriy, Iurii and Jurij. Both scripts map
/// into it directly, so no system has to be guessed. It is a comparison key, never shown.
/// </summary>
/// <remarks>
/// Symbols: <c>w</c> ш/щ (sh, shch, sch, shh, sz), <c>j</c> ж (zh), <c>q</c> ч (ch, tch), <c>x</c> х and кс
/// (kh, x, ks: GOST 7.79 writes х as x while Maxim writes кс as x), <c>c</c> ц (ts, tc, cz, tz),
/// <c>i</c> и/і/ї/й/ы (i, y, j), <c>e</c> е/є/э/ё (e, ye, ie, je, yo, io), <c>g</c> г/ґ (g, h, gh);
/// soft and hard signs and apostrophes are dropped and doubled symbols collapse.
/// </remarks>
public static class NameSkeleton
{
    public static string Of(string? text)
    {
        var folded = SearchText.Fold(text);
        if (folded.Length == 0)
        {
            return string.Empty;
        }

        var latin = new StringBuilder(folded.Length + 8);
        foreach (var c in folded)
        {
            if (ScriptDetector.IsCyrillic(c))
            {
                latin.Append(CyrillicToLatin(c));
            }
            else if (char.IsAsciiLetterLower(c))
            {
                latin.Append(c);
            }
        }

        return FromLatin(latin.ToString());
    }

    /// <summary>
    /// The skeleton with its vowels removed, for keys that must survive Ukrainian/Russian vowel
    /// alternations (Олійник/Олейник). Consonants brought together by the removal collapse as
    /// doubled letters do (Коппакок/Coppock), so an added or lost vowel between two equal ones is harmless.
    /// </summary>
    public static string Consonants(string skeleton)
    {
        ArgumentNullException.ThrowIfNull(skeleton);
        var consonants = new StringBuilder(skeleton.Length);
        foreach (var c in skeleton)
        {
            if (c is not ('a' or 'e' or 'i' or 'o' or 'u') && !(consonants.Length > 0 && consonants[^1] == c))
            {
                consonants.Append(c);
            }
        }

        return consonants.ToString();
    }

    // One fixed reading per Cyrillic letter; the Latin rules below then merge it with every system's output.
    private static string CyrillicToLatin(char c) => c switch
    {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' or 'ґ' => "g",
        'д' => "d",
        'е' or 'ё' or 'э' => "e",
        'є' => "ie",
        'ж' => "zh",
        'з' => "z",
        'и' or 'і' or 'ї' or 'й' or 'ы' => "i",
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
        'ю' => "iu",
        'я' => "ia",
        _ => string.Empty,
    };

    private static string FromLatin(string latin)
    {
        var symbols = new StringBuilder(latin.Length);
        var i = 0;
        while (i < latin.Length)
        {
            var (symbol, length) = Next(latin, i);
            // Doubled letters (Hanna/Ganna, Kyrylo/Kirill) and the ii of -ий collapse.
            if (symbol.Length > 0 && !(symbols.Length > 0 && symbols[^1] == symbol[0] && symbol.Length == 1))
            {
                symbols.Append(symbol);
            }

            i += length;
        }

        // Final -ei and -ii meet (Sergei/Serhii, Andrei/Andrii).
        if (symbols.Length > 2 && symbols[^1] == 'i' && symbols[^2] == 'e')
        {
            symbols.Remove(symbols.Length - 2, 1);
        }

        return symbols.ToString();
    }

    private static (string Symbol, int Length) Next(string s, int i)
    {
        if (Matches(s, i, "shch") || Matches(s, i, "szcz"))
        {
            return ("w", 4);
        }

        if (Matches(s, i, "tsch"))
        {
            return ("q", 4);
        }

        if (Matches(s, i, "sch") || Matches(s, i, "shh"))
        {
            return ("w", 3);
        }

        if (Matches(s, i, "tch"))
        {
            return ("q", 3);
        }

        // к + ш (Кшевич, Kshevych), not кс + г: the k stands alone and sh follows.
        if (Matches(s, i, "ksh"))
        {
            return ("k", 1);
        }

        if (i + 1 < s.Length)
        {
            var pair = s.AsSpan(i, 2);
            var two = pair switch
            {
                "sh" or "sz" => "w",
                "zh" => "j",
                "kh" or "ks" => "x",
                "ch" => "q",
                "ts" or "tc" or "tz" or "cz" => "c",
                "ck" => "k",
                "ph" => "f",
                "th" => "t",
                "ye" or "ie" or "je" => "e",

                // ё after a consonant (Fyodor, Kovalyov, Artiom); at the start of a word these are
                // far more often Joel, Yolanda, Iosif than Ёлкин.
                "yo" or "io" or "jo" when i > 0 && IsConsonant(s[i - 1]) => "e",
                _ => null,
            };
            if (two is not null)
            {
                return (two, 2);
            }
        }

        var c = s[i];
        var next = i + 1 < s.Length ? s[i + 1] : '\0';
        var one = c switch
        {
            'y' or 'j' => "i",
            'h' => "g",
            'w' => "v",
            'q' => "k",
            'c' => next is 'e' or 'i' or 'y' ? "c" : "k",
            _ => c.ToString(),
        };
        return (one, 1);
    }

    private static bool IsConsonant(char c) => char.IsAsciiLetterLower(c) && c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y');

    private static bool Matches(string s, int i, string part) =>
        string.CompareOrdinal(s, i, part, 0, part.Length) == 0 && i + part.Length <= s.Length;
}
