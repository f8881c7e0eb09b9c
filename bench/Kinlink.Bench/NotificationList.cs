using System.Globalization;
using System.Text;
using Kinlink.Data.Registry;
using Kinlink.Matching.Engine;

namespace Kinlink.Bench;

/// <summary>
/// A detaining party's notification list in the import's own CSV format (<see cref="ImportColumns"/>): Russia notifies
/// the Ukrainian prisoners of war it holds, one row per registry record of the cross-script generator (names in
/// Cyrillic or Latin as lists write them, birth dates, places of birth), each with its service number, the camp
/// (a place Kinlink knows) and, for some, rank, father's name, language or an explicit capture event.
/// </summary>
public static class NotificationList
{
    private static readonly string[] Ranks = ["солдат", "старший солдат", "сержант", "молодший сержант", "лейтенант", "матрос"];

    /// <param name="placeCodes">The places of detention the rows may name.</param>
    public static byte[] Csv(IReadOnlyList<MatchRecord> records, IReadOnlyList<string> placeCodes, int seed)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(placeCodes);
        var random = new Random(seed ^ 0x11a7);
        var text = new StringBuilder(records.Count * 160);
        text.Append(string.Join(',', ImportColumns.All)).Append('\n');
        foreach (var record in records)
        {
            // The generator may put the whole name in the given-name field (a swapped line); a list gives a surname.
            var surname = string.IsNullOrWhiteSpace(record.Surname) ? record.GivenName : record.Surname;
            var givenName = ReferenceEquals(surname, record.GivenName) ? null : record.GivenName;
            var explicitCapture = random.Next(4) == 0;
            string?[] cells =
            [
                null,
                ServiceNumberOf(record),
                surname,
                givenName,
                record.Patronymic,
                record.Sex?.ToString(),
                record.DateOfBirth?.ToString(),
                record.PlaceOfBirth,
                random.Next(3) == 0 ? Ranks[random.Next(Ranks.Length)] : null,
                "UA",
                "pow",
                random.Next(5) == 0 ? "Микола" : null,
                null,
                null,
                null,
                null,
                random.Next(2) == 0 ? "uk" : null,
                placeCodes[random.Next(placeCodes.Count)],
                explicitCapture ? "captured" : null,
                explicitCapture ? new DateOnly(2022, 3, 1).AddDays(random.Next(1_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                null,
            ];
            text.AppendJoin(',', cells.Select(Quote)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The generator record's id, upper-cased, as the scale seed stores it: unique within the list.</summary>
    public static string ServiceNumberOf(MatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Id.ToUpperInvariant();
    }

    private static string Quote(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
