using System.Text;

namespace Kinlink.Matching;

/// <summary>
/// A key that sorts names alphabetically across Ukrainian and Russian with a plain byte comparison,
/// the same on SQLite and PostgreSQL. Code-point order puts Є, І, Ї and Ґ before А, so a list of
/// Ukrainian surnames ordered by the raw text starts with Євтушенко; this key puts it after Д.
/// </summary>
public static class SortKey
{
    // The Ukrainian and Russian alphabets merged in dictionary order.
    private const string CyrillicOrder = "абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя";

    public static string For(string? text)
    {
        var folded = SearchText.Fold(text);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var rank = CyrillicOrder.IndexOf(c, StringComparison.Ordinal);
            // Cyrillic letters become consecutive code points from U+0430 upwards, still after all Latin letters.
            key.Append(rank >= 0 ? (char)(0x0430 + rank) : c);
        }

        return key.ToString();
    }
}
