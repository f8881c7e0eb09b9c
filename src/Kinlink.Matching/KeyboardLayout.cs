using System.Text;

namespace Kinlink.Matching;

/// <summary>
/// Text typed with the wrong keyboard layout active: "Jktrcfylh" is Олександр typed on a US
/// layout, "Лщмфдутлщ" is Kovalenko typed on a Cyrillic one. The same keys are read back in the
/// other layout. Whether a word was mistyped is decided by <see cref="LooksMistyped"/>.
/// </summary>
public static class KeyboardLayout
{
    // US QWERTY keys and what the same keys give on the Russian and the Ukrainian ЙЦУКЕН layouts.
    private const string UsKeys = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
    private const string RussianKeys = "йцукенгшщзхъфывапролджэячсмитьбюё";
    private const string UkrainianKeys = "йцукенгшщзхїфівапролджєячсмитьбю'";

    private const string LatinVowels = "aeiouy";
    private const string CyrillicVowels = "аеёиоуыэюяіїє";

    /// <summary>The Latin text read as the keys of the Ukrainian or Russian layout.</summary>
    public static string LatinKeysToCyrillic(string text, CyrillicLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var target = language == CyrillicLanguage.Ukrainian ? UkrainianKeys : RussianKeys;
        return Map(text, UsKeys, target);
    }

    /// <summary>The Cyrillic text read as the keys of the US layout.</summary>
    public static string CyrillicKeysToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var latin = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var at = RussianKeys.IndexOf(lower, StringComparison.Ordinal);
            at = at >= 0 || !ScriptDetector.IsCyrillic(lower) ? at : UkrainianKeys.IndexOf(lower, StringComparison.Ordinal);
            latin.Append(at < 0 ? c : char.IsUpper(c) ? char.ToUpperInvariant(UsKeys[at]) : UsKeys[at]);
        }

        return latin.ToString();
    }

    /// <summary>
    /// True when a word cannot plausibly be a name in its own script: almost no vowels, a long run
    /// of consonants, or punctuation keys (;[],.) inside it, which is what another layout produces.
    /// </summary>
    public static bool LooksMistyped(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        var letters = 0;
        var vowels = 0;
        var run = 0;
        var longestRun = 0;
        var punctuationInside = false;
        var cyrillic = ScriptDetector.HasCyrillic(lower);
        var vowelSet = cyrillic ? CyrillicVowels : LatinVowels;
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (vowelSet.Contains(c, StringComparison.Ordinal))
                {
                    vowels++;
                    run = 0;
                }
                else
                {
                    run++;
                    longestRun = Math.Max(longestRun, run);
                }
            }
            else if (!cyrillic && c is ';' or '[' or ']' or ',' or '.' && i > 0 && i < lower.Length - 1)
            {
                punctuationInside = true;
            }
        }

        if (letters < 4)
        {
            return false;
        }

        // A wrong guess costs little: the field is then read both ways, and a re-typed reading that
        // itself looks mistyped is dropped.
        return punctuationInside || longestRun >= 5 || vowels * 4 <= letters;
    }

    private static string Map(string text, string from, string to)
    {
        var mapped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var at = from.IndexOf(lower, StringComparison.Ordinal);
            if (at < 0)
            {
                mapped.Append(c);
                continue;
            }

            var replacement = to[at];
            mapped.Append(char.IsUpper(c) ? char.ToUpperInvariant(replacement) : replacement);
        }

        return mapped.ToString();
    }
}
