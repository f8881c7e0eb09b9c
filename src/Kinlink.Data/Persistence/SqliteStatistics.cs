using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Persistence;

/// <summary>
/// Gives SQLite's query planner statistics on the persons table when it has none, or when the registry has grown or
/// shrunk more than twofold since they were taken. Without them the planner takes "not merged" for a rare value and
/// reads the whole registry through that index: the persons list's name box tested every person (0.7 s at 100,000
/// persons) instead of looking the few matches up by the key and service-number indexes (3 ms). Run at start-up and
/// by <c>kinlink db migrate</c>; a full <c>ANALYZE persons</c> (a sampled one misjudges exactly that column), so it
/// runs only when the statistics are missing or stale. PostgreSQL keeps its own statistics (autovacuum).
/// </summary>
internal static class SqliteStatistics
{
    /// <summary>Whether statistics were (re)taken.</summary>
    public static async Task<bool> RefreshIfStaleAsync(KinlinkDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            var rows = await ScalarAsync(connection, "SELECT COALESCE(MAX(rowid), 0) FROM persons", cancellationToken) ?? 0;
            var analysed = await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'", cancellationToken) > 0
                ? await ScalarAsync(connection, "SELECT CAST(substr(stat, 1, instr(stat || ' ', ' ') - 1) AS INTEGER) FROM sqlite_stat1 WHERE tbl = 'persons' LIMIT 1", cancellationToken)
                : null;
            if (rows == 0 || (analysed is { } then && rows <= 2 * then && then <= 2 * rows))
            {
                return false;
            }

            await using var analyse = connection.CreateCommand();
            analyse.CommandText = "ANALYZE persons;";
            analyse.CommandTimeout = 600;
            await analyse.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static async Task<long?> ScalarAsync(System.Data.Common.DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }
}
