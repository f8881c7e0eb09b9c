using System.Text;

namespace Kinlink.Matching;

/// <summary>
/// Repairs words that mix Latin and Cyrillic look-alike letters (a Latin "i" or "o" typed into a
/// Cyrillic word, or the reverse): each word is brought into its majority script, letter by letter,
/// where a look-alike exists. A word that still mixes scripts afterwards is left as repaired.
/// </summary>
public static class MixedScript
{
    private const string LatinLookAlikes = "aeopcyxiABEKMHOPCTXIY";
    private const string CyrillicLookAlikes = "аеорсухіАВЕКМНОРСТХІУ";

    public static string Repair(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                output.Append(text[i]);
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && (char.IsLetter(text[end]) || Apostrophes.IsApostrophe(text[end])))
            {
                end++;
            }

            output.Append(RepairWord(text.AsSpan(i, end - i)));
            i = end;
        }

        return output.ToString();
    }

    private static string RepairWord(ReadOnlySpan<char> word)
    {
        int cyrillic = 0, latin = 0, onlyCyrillic = 0, onlyLatin = 0;
        foreach (var c in word)
        {
            if (ScriptDetector.IsCyrillic(c))
            {
                cyrillic++;
                onlyCyrillic += CyrillicLookAlikes.Contains(c, StringComparison.Ordinal) ? 0 : 1;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
                onlyLatin += LatinLookAlikes.Contains(c, StringComparison.Ordinal) ? 0 : 1;
            }
        }

        if (cyrillic == 0 || latin == 0)
        {
            return word.ToString();
        }

        // A letter with no look-alike in the other script settles it (л, ж, s, w); otherwise the
        // majority does, and ties go to Cyrillic, since look-alike slips happen mostly when a
        // Cyrillic word is typed with a Latin key or pasted from a Latin font.
        var toCyrillic = (onlyCyrillic > 0) == (onlyLatin > 0) ? cyrillic >= latin : onlyCyrillic > 0;
        var repaired = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var from = toCyrillic ? LatinLookAlikes : CyrillicLookAlikes;
            var to = toCyrillic ? CyrillicLookAlikes : LatinLookAlikes;
            var at = from.IndexOf(c, StringComparison.Ordinal);
            repaired.Append(at >= 0 ? to[at] : c);
        }

        return repaired.ToString();
    }
}
