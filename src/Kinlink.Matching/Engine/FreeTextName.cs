using Kinlink.Matching.Dates;
using Kinlink.Matching.Names;

namespace Kinlink.Matching.Engine;

/// <summary>
/// Reads a whole name typed into one search box, in any order and script ("Коваленко Олександр Миколайович",
/// "Олександр Миколайович Коваленко", "Oleksandr Kovalenko"), as the fields of an enquiry.
/// </summary>
public static class FreeTextName
{
    public static MatchRecord Parse(string text, BirthDate? dateOfBirth = null, char? sex = null, string id = "query")
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0)
        {
            return new MatchRecord(id, null, null, null, dateOfBirth, sex, null);
        }

        string? patronymic = null;
        var patronymicAt = words.Count > 2 ? words.FindIndex(1, IsPatronymic) : -1;
        if (patronymicAt < 0 && words.Count > 2 && IsPatronymic(words[0]))
        {
            patronymicAt = 0;
        }

        if (patronymicAt >= 0)
        {
            patronymic = words[patronymicAt];
            words.RemoveAt(patronymicAt);
        }

        if (words.Count == 1)
        {
            return new MatchRecord(id, words[0], null, patronymic, dateOfBirth, sex, null);
        }

        var givenAt = GivenNameIndex(words, patronymicAt);
        var given = words[givenAt];
        words.RemoveAt(givenAt);
        // Anything left is the surname, which may be double ("Петренко-Коваль", "Ортега Гарсія").
        return new MatchRecord(id, string.Join(' ', words), given, patronymic, dateOfBirth, sex, null);
    }

    private static int GivenNameIndex(List<string> words, int patronymicAt)
    {
        var named = Enumerable.Range(0, words.Count).Where(i => IsGivenName(words[i])).ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        // The given name stands just before the patronymic ("Олександр Миколайович Коваленко").
        if (patronymicAt > 0 && patronymicAt - 1 < words.Count && (named.Count == 0 || named.Contains(patronymicAt - 1)))
        {
            return patronymicAt - 1;
        }

        // Slavic lists write the surname first; the scorer also tries the two names the other way round.
        return 1;
    }

    private static bool IsGivenName(string word) =>
        PreparedRecord.Readings(word).Any(r => GivenNames.LookupSkeleton(r.Skeleton).Count > 0);

    private static bool IsPatronymic(string word)
    {
        var skeleton = NameSkeleton.Of(MixedScript.Repair(word));
        return skeleton.Length > 5
            && (Patronymics.FatherOfSkeleton(skeleton) is not null
                || skeleton.EndsWith("viq", StringComparison.Ordinal)
                || skeleton.EndsWith("vna", StringComparison.Ordinal)
                || skeleton.EndsWith("iqna", StringComparison.Ordinal));
    }
}
