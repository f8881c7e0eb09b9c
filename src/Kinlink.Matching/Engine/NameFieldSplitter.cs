namespace Kinlink.Matching.Engine;

/// <summary>
/// Puts whole names written into one field back into their fields: "Коваленко Олександр
/// Миколайович" in the surname field, or "Олександр Миколайович" in the given-name field.
/// </summary>
internal static class NameFieldSplitter
{
    public static (string? Surname, string? GivenName, string? Patronymic) Split(MatchRecord record)
    {
        var surname = record.Surname?.Trim();
        var given = record.GivenName?.Trim();
        var patronymic = record.Patronymic?.Trim();

        if (string.IsNullOrEmpty(given) && Words(surname) is { Length: >= 2 and <= 3 } names)
        {
            // Slavic lists write the surname first.
            surname = names[0];
            given = names[1];
            if (names.Length == 3 && string.IsNullOrEmpty(patronymic))
            {
                patronymic = names[2];
            }
            else if (names.Length == 3)
            {
                given = $"{names[1]} {names[2]}";
            }
        }

        if (string.IsNullOrEmpty(patronymic) && Words(given) is { Length: 2 } parts && LooksLikePatronymic(parts[1]))
        {
            given = parts[0];
            patronymic = parts[1];
        }

        return (surname, given, patronymic);
    }

    private static string[] Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool LooksLikePatronymic(string word)
    {
        var skeleton = NameSkeleton.Of(word);
        return skeleton.Length > 5 && (skeleton.EndsWith("viq", StringComparison.Ordinal) || skeleton.EndsWith("vna", StringComparison.Ordinal) || skeleton.EndsWith("iqna", StringComparison.Ordinal));
    }
}
