using Kinlink.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kinlink.Data.Registry.Seeding;

/// <summary>
/// Loading a fresh SQLite file the fast way: the seeded tables' secondary indexes and triggers are dropped before
/// the load and created again after it from their own stored SQL (so the schema ends exactly as the migrations
/// made it), and the match keys, which arrive in random key order, go to a temporary table first and into their
/// table sorted, so that the table's B-tree is built by appending rather than by tens of millions of random inserts.
/// </summary>
/// <remarks>
/// The one trigger on these tables numbers the match subjects' revisions (the largest so far plus one); with
/// subjects inserted in number order into an empty table it gives each subject its own number, which the seed
/// writes itself instead (<see cref="ScaleSeeder"/>).
/// </remarks>
internal sealed class SqliteBulkLoad
{
    public const string StagedMatchKeys = "seed_person_match_keys";

    private readonly KinlinkDbContext _db;
    private readonly List<string> _schema;

    private SqliteBulkLoad(KinlinkDbContext db, List<string> schema)
    {
        _db = db;
        _schema = schema;
    }

    public static async Task<SqliteBulkLoad> StartAsync(KinlinkDbContext db, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        var names = tables.ToList();
        var objects = new List<(string Type, string Name, string Sql)>();
        var connection = db.Database.GetDbConnection();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", names.Select(n => $"'{n}'"))}) ORDER BY type, name";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                objects.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (type, name, _) in objects)
        {
            await Execute(db, $"DROP {type.ToUpperInvariant()} \"{name}\"", cancellationToken);
        }

        await Execute(db, $"CREATE TEMP TABLE {StagedMatchKeys} (\"Key\" INTEGER NOT NULL, \"Number\" INTEGER NOT NULL)", cancellationToken);
        // Indexes first, triggers after: a trigger is created on the loaded rows and must not fire on them.
        return new SqliteBulkLoad(db, [.. objects.Where(o => o.Type == "index").Select(o => o.Sql), .. objects.Where(o => o.Type == "trigger").Select(o => o.Sql)]);
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        await Execute(_db, $"INSERT INTO person_match_keys (\"Key\", \"Number\") SELECT \"Key\", \"Number\" FROM temp.{StagedMatchKeys} ORDER BY \"Key\", \"Number\"", cancellationToken);
        await Execute(_db, $"DROP TABLE temp.{StagedMatchKeys}", cancellationToken);
        foreach (var sql in _schema)
        {
            await Execute(_db, sql, cancellationToken);
        }
    }

    private static async Task Execute(KinlinkDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
