using System.Text;

namespace Kinlink.Matching;

public static partial class Transliterator
{
    private const string CyrillicVowels = "аеёиоуыэюяіїє";

    /// <summary>
    /// Romanises by one named system, whatever language the letters suggest: a Russian list that
    /// romanised a Ukrainian name did exactly that, and matching has to reproduce it.
    /// </summary>
    public static string ToLatin(string? text, TransliterationSystem system)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!ScriptDetector.HasCyrillic(text))
        {
            return text;
        }

        var source = DropMarksAfterCyrillic(text.Normalize(NormalizationForm.FormC));
        return EachWord(source, (output, word, textAllCaps) => AppendWordBySystem(output, word, system, textAllCaps));
    }

    private static void AppendWordBySystem(StringBuilder output, ReadOnlySpan<char> word, TransliterationSystem system, bool textAllCaps)
    {
        var cased = CountCased(word, out var allUpper);
        var wordAllCaps = allUpper && (cased >= 2 || (cased == 1 && textAllCaps));
        var previous = '\0';
        var seenLetter = false;
        for (var j = 0; j < word.Length; j++)
        {
            var c = word[j];
            if (Apostrophes.IsApostrophe(c))
            {
                // Only the BGN tables write the apostrophe; the passport tables drop it.
                if (system is TransliterationSystem.UkrainianBgnPcgn1965 || !seenLetter)
                {
                    output.Append(c);
                }

                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var next = j + 1 < word.Length ? char.ToLowerInvariant(NextLetter(word[(j + 1)..])) : '\0';
            var context = new LetterContext(!seenLetter, char.ToLowerInvariant(previous), next);
            var latin = system switch
            {
                TransliterationSystem.UkrainianNational2010 => MapUkrainian(lower, context.WordStart, context.Previous == 'з'),
                TransliterationSystem.UkrainianBgnPcgn1965 => MapUkrainianBgn(lower, context),
                TransliterationSystem.RussianIcao9303 => MapRussian(lower),
                TransliterationSystem.RussianGost52535 => MapRussianGost52535(lower),
                TransliterationSystem.RussianPassport1997 => MapRussianPassport1997(lower, context),
                TransliterationSystem.RussianGost779B => MapRussianGost779B(lower, context),
                TransliterationSystem.RussianBgnPcgn => MapRussianBgn(lower, context),
            };

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

    private static string? MapUkrainianBgn(char lower, LetterContext context) => lower switch
    {
        // The 1965 table marks зг with a middle dot so that it is not read as ж.
        'г' => context.Previous == 'з' ? "·h" : "h",
        'ґ' => "g",
        'е' => "e",
        'є' => "ye",
        'и' => "y",
        'і' => "i",
        'ї' => "yi",
        'й' => "y",
        'ю' => "yu",
        'я' => "ya",
        'ь' => "\u2019",
        'ё' => "yo",
        'ъ' => "\u201D",
        'ы' => "y",
        'э' => "e",
        _ => MapShared(lower),
    };

    private static string? MapRussianGost52535(char lower) => lower switch
    {
        'ц' => "tc",
        'ъ' => string.Empty,
        _ => MapRussian(lower),
    };

    private static string? MapRussianPassport1997(char lower, LetterContext context) => lower switch
    {
        // Converters of the time wrote ye after a hard or soft sign (Юрьевич -> Yuryevich).
        'е' => context.Previous is 'ь' or 'ъ' ? "ye" : "e",
        'й' => "y",
        'ъ' => string.Empty,
        'ю' => "yu",
        'я' => "ya",
        _ => MapRussian(lower),
    };

    private static string? MapRussianGost779B(char lower, LetterContext context) => lower switch
    {
        'ё' => "yo",
        'й' => "j",
        'х' => "x",
        'ц' => context.Next is 'е' or 'и' or 'ы' or 'й' or 'і' or 'є' ? "c" : "cz",
        'щ' => "shh",
        'ъ' => "``",
        'ы' => "y`",
        'ь' => "`",
        'э' => "e`",
        'ю' => "yu",
        'я' => "ya",
        'є' => "ye",
        'ї' => "yi",
        'ґ' => "g`",
        _ => MapRussian(lower),
    };

    private static string? MapRussianBgn(char lower, LetterContext context)
    {
        var iotated = context.WordStart || CyrillicVowels.Contains(context.Previous, StringComparison.Ordinal) || context.Previous is 'й' or 'ъ' or 'ь';
        return lower switch
        {
            'е' => iotated ? "ye" : "e",
            'ё' => iotated ? "yë" : "ë",
            'й' => "y",
            'ъ' => "\u201D",
            'ь' => "\u2019",
            'ю' => "yu",
            'я' => "ya",
            _ => MapRussian(lower),
        };
    }

    private readonly record struct LetterContext(bool WordStart, char Previous, char Next);
}
