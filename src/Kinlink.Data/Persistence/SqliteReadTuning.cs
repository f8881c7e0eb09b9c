using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kinlink.Data.Persistence;

/// <summary>
/// Lets each SQLite connection read the database file through a memory map. A name search reads a few hundred
/// scattered rows of the key and subject tables; through SQLite's own 2 MB page cache each is a system call,
/// through the map a memory read: about a quarter off those reads at 100,000 persons (docs/matching.md, "Speed"). Writes
/// still go through the write-ahead log. The pragma is set on every open, since pooled connections cannot say
/// whether they had it, and costs microseconds.
/// </summary>
internal sealed class SqliteReadTuning : DbConnectionInterceptor
{
    // SQLite caps it at its compiled maximum; beyond the file's size nothing is mapped.
    private const string MapTheFile = "PRAGMA mmap_size = 4294967296;";

    public static readonly SqliteReadTuning Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = MapTheFile;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = MapTheFile;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
