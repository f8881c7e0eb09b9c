using Microsoft.Data.Sqlite;

namespace Kinlink.Bench;

/// <summary>
/// What the page benchmark asks for, read from the SQLite file before the server starts: persons picked by a seeded
/// random draw over the table's row numbers (the same persons every run on the same file), their names for the
/// searches, the conflict parties, the most common status and a page in the middle of the list.
/// </summary>
public sealed record DatabaseSample(long Persons, IReadOnlyList<string> PersonIds, IReadOnlyList<string> PartyPersonIds, IReadOnlyList<string> Surnames, IReadOnlyList<string> FullNames, IReadOnlyList<string> Parties, string Status, long LaterPage)
{
    public static DatabaseSample Read(string sqliteFile, string? party, int count, int seed)
    {
        using var connection = new SqliteConnection($"Data Source={sqliteFile};Mode=ReadOnly");
        connection.Open();
        var persons = Scalar<long>(connection, "SELECT COUNT(*) FROM persons WHERE MergedIntoId IS NULL");
        var maxRow = Scalar<long>(connection, "SELECT MAX(rowid) FROM persons");
        var parties = new List<(string Code, string Id)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Code, Id FROM parties WHERE Kind = 'ConflictParty' ORDER BY Code";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                parties.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var partyId = party is null ? null
            : parties.FirstOrDefault(p => p.Code == party).Id ?? throw new ArgumentException($"--party: the database has no conflict party {party}.");
        var random = new Random(seed);
        var picked = Draw(connection, random, maxRow, count, null);
        var partyPicked = partyId is null ? [] : Draw(connection, random, maxRow, count, partyId);
        var status = Scalar<string>(connection, "SELECT CurrentStatus FROM persons GROUP BY CurrentStatus ORDER BY COUNT(*) DESC LIMIT 1");
        var pages = (persons + 24) / 25;
        return new DatabaseSample(
            persons,
            [.. picked.Select(p => p.Id)],
            [.. partyPicked.Select(p => p.Id)],
            [.. picked.Select(p => p.Surname)],
            [.. picked.Select(p => $"{p.Surname} {p.GivenName} {p.Patronymic}".Trim())],
            [.. parties.Select(p => p.Code)],
            status,
            Math.Max(1, pages / 2));
    }

    private static List<(string Id, string Surname, string GivenName, string Patronymic)> Draw(SqliteConnection connection, Random random, long maxRow, int count, string? partyId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Surname, GivenName, Patronymic FROM persons WHERE rowid = $row AND MergedIntoId IS NULL AND ($party IS NULL OR DependsOnPartyId = $party)";
        var row = command.Parameters.Add("$row", SqliteType.Integer);
        command.Parameters.AddWithValue("$party", (object?)partyId ?? DBNull.Value);
        var drawn = new List<(string, string, string, string)>(count);
        for (var attempt = 0; drawn.Count < count && attempt < count * 100; attempt++)
        {
            row.Value = random.NextInt64(1, maxRow + 1);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                drawn.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        return drawn.Count > 0 ? drawn : throw new InvalidOperationException(partyId is null ? "The database holds no persons." : "No person of that party was drawn.");
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
