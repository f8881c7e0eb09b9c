using System.Globalization;
using Microsoft.Data.Sqlite;
using Kinlink.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Kinlink.Data.Registry.Seeding;

/// <summary>
/// Writes the seed's rows past EF: on SQLite one prepared INSERT per table, its parameters re-bound for each row
/// (<see cref="SqliteRowStatement"/>); on PostgreSQL one binary COPY per table and block. Both in the context's current transaction.
/// </summary>
internal sealed class SeedRowWriter(KinlinkDbContext db) : IAsyncDisposable
{
    private readonly Dictionary<SeedTable, (string Name, string? Schema)> _redirected = [];

    private readonly Dictionary<SeedTable, SqliteRowStatement> _inserts = [];
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

    /// <summary>Writes <paramref name="table"/>'s rows into another table with the same columns.</summary>
    public void Redirect(SeedTable table, string name, string? schema) => _redirected[table] = (name, schema);

    public async Task WriteAsync(SeedChunk chunk, CancellationToken cancellationToken)
    {
        foreach (var (table, rows) in chunk.Tables)
        {
            if (db.Database.IsNpgsql())
            {
                await CopyAsync(table, rows, cancellationToken);
            }
            else
            {
                Insert(table, rows);
            }
        }
    }

    private void Insert(SeedTable table, List<object?[]> rows)
    {
        if (!_inserts.TryGetValue(table, out var insert))
        {
            var sql = $"INSERT INTO {Table(table)} ({string.Join(", ", table.ColumnNames.Select(n => _sql.DelimitIdentifier(n)))}) " +
                $"VALUES ({string.Join(", ", table.ColumnNames.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)))})";
            insert = new SqliteRowStatement(((SqliteConnection)db.Database.GetDbConnection()).Handle!, sql, table.ColumnNames);
            _inserts[table] = insert;
        }

        foreach (var row in rows)
        {
            insert.Write(row);
        }
    }

    private async Task CopyAsync(SeedTable table, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var types = table.Mappings.Select(m => m.StoreTypeNameBase).ToArray();
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY {Table(table)} ({string.Join(", ", table.ColumnNames.Select(n => _sql.DelimitIdentifier(n)))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await import.StartRowAsync(cancellationToken);
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is null)
                {
                    await import.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await import.WriteAsync(row[i], types[i], cancellationToken);
                }
            }
        }

        await import.CompleteAsync(cancellationToken);
    }

    private string Table(SeedTable table) =>
        _redirected.TryGetValue(table, out var target) ? _sql.DelimitIdentifier(target.Name, target.Schema) : _sql.DelimitIdentifier(table.Name, table.Schema);

    public ValueTask DisposeAsync()
    {
        foreach (var statement in _inserts.Values)
        {
            statement.Dispose();
        }

        _inserts.Clear();
        return ValueTask.CompletedTask;
    }
}
