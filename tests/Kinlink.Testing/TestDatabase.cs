using Kinlink.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kinlink.Testing;

/// <summary>
/// A fresh, empty database for one test: a SQLite file in the temp folder, or a new database on the
/// PostgreSQL server named by KINLINK_TEST_POSTGRES. Dropped again on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseKind kind, string connectionString, string? sqlitePath, string? postgresName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        SqlitePath = sqlitePath;
        PostgresName = postgresName;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    public string? SqlitePath { get; }

    private string? PostgresName { get; }

    /// <summary>The value for Database:Provider.</summary>
    public string ProviderName => Kind.ToString();

    /// <summary>Creates the database; for PostgreSQL, skips the test (or fails it under KINLINK_REQUIRE_ALL_TESTS=1) when no server is configured.</summary>
    public static TestDatabase Create(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), "kinlink-tests", $"{Guid.NewGuid():N}.db");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new TestDatabase(kind, $"Data Source={path};Pooling=False", path, null);
        }

        TestEnvironment.SkipUnless(TestEnvironment.PostgresConnectionString is not null,
            $"PostgreSQL tests need {TestEnvironment.PostgresVariable} (scripts/pg-start.sh prints it).");
        var name = $"kinlink_test_{Guid.NewGuid():N}";
        var builder = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = name, Pooling = false };
        return new TestDatabase(kind, builder.ConnectionString, null, name);
    }

    /// <summary>A context on this database, outside any web host (for service-level tests).</summary>
    public KinlinkDbContext NewContext() => Kind switch
    {
        DatabaseKind.Sqlite => new SqliteKinlinkDbContext(new DbContextOptionsBuilder<SqliteKinlinkDbContext>().UseSqlite(ConnectionString).Options),
        DatabaseKind.Postgres => new PostgresKinlinkDbContext(new DbContextOptionsBuilder<PostgresKinlinkDbContext>().UseNpgsql(ConnectionString).Options),
    };

    public async Task MigrateAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (SqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                try
                {
                    File.Delete(SqlitePath + suffix);
                }
                catch (IOException)
                {
                    // A file still open by a finishing host is left for the OS temp cleaner.
                }
            }
        }

        if (PostgresName is not null)
        {
            var admin = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PostgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
