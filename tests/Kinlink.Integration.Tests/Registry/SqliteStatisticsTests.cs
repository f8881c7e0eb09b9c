using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Kinlink.Integration.Tests.Registry;

/// <summary>SQLite's planner statistics on the persons table: taken when missing or stale, left alone when current.</summary>
public sealed class SqliteStatisticsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Statistics_are_taken_for_a_registry_without_them_and_left_alone_while_they_are_current()
    {
        await using var database = TestDatabase.Create(DatabaseKind.Sqlite);
        await database.MigrateAsync();
        await using var db = database.NewContext();
        Assert.False(await SqliteStatistics.RefreshIfStaleAsync(db, CancellationToken.None));   // an empty registry: nothing to learn
        await new ScaleSeeder(db, new FakeTimeProvider(Now)).SeedAsync(400, seed: 5);

        Assert.True(await SqliteStatistics.RefreshIfStaleAsync(db, CancellationToken.None));
        Assert.Equal(400, await PersonsRowsInStatisticsAsync(database));
        Assert.False(await SqliteStatistics.RefreshIfStaleAsync(db, CancellationToken.None));

        // More than twice the rows analysed: taken again.
        await db.Database.ExecuteSqlRawAsync("UPDATE sqlite_stat1 SET stat = '150' || substr(stat, instr(stat, ' ')) WHERE tbl = 'persons'");
        Assert.True(await SqliteStatistics.RefreshIfStaleAsync(db, CancellationToken.None));
        Assert.Equal(400, await PersonsRowsInStatisticsAsync(database));
    }

    [Fact]
    public async Task With_statistics_the_list_name_box_is_answered_through_the_key_index_not_by_testing_every_person()
    {
        await using var database = TestDatabase.Create(DatabaseKind.Sqlite);
        await database.MigrateAsync();
        await using var db = database.NewContext();
        await new ScaleSeeder(db, new FakeTimeProvider(Now)).SeedAsync(400, seed: 5);
        await SqliteStatistics.RefreshIfStaleAsync(db, CancellationToken.None);
        var someone = await db.Persons.AsNoTracking().OrderBy(p => p.Id).FirstAsync();

        var service = new PersonService(db, new FakeTimeProvider(Now), TestAudit.For(db));
        var query = service.FilterByName(db.Persons.AsNoTracking().Where(p => p.MergedIntoId == null), someone.Surname).ToQueryString();
        var plan = await PlanAsync(database, query);

        Assert.DoesNotContain(plan, line => line.Contains("SCAN p", StringComparison.Ordinal) || line.Contains("IX_persons_MergedIntoId (", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("IX_name_search_keys_Key_PersonId", StringComparison.Ordinal));
    }

    private static async Task<long> PersonsRowsInStatisticsAsync(TestDatabase database)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT CAST(substr(stat, 1, instr(stat || ' ', ' ') - 1) AS INTEGER) FROM sqlite_stat1 WHERE tbl = 'persons' LIMIT 1";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> PlanAsync(TestDatabase database, string sql)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var lines = sql.Split('\n');
        // ToQueryString declares its parameters as ".param set" lines first; the plan needs only the statement.
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.SkipWhile(l => l.StartsWith(".param", StringComparison.Ordinal) || l.Trim().Length == 0));
        foreach (var parameter in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = parameter[".param set ".Length..].Split(' ', 2);
            command.Parameters.AddWithValue(parts[0], parts[1].Trim('\''));
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }
}
