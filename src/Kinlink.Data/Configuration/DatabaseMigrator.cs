using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Kinlink.Data.Configuration;

/// <summary>Applies the provider's migrations; used at start-up and by <c>kinlink db migrate</c>. Never EnsureCreated.</summary>
public sealed class DatabaseMigrator(KinlinkDbContext db, DatabaseSettings settings, Access.FieldEncryption encryption)
{
    // "KLMIGRAT": the PostgreSQL advisory lock held while one server migrates; the others wait and find nothing to do.
    private const long AdvisoryLockKey = 0x4B4C_4D49_4752_4154;

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            DataServiceCollectionExtensions.EnsureSqliteDirectory(settings.ConnectionString);
            return await MigrateUnlockedAsync(cancellationToken);
        }

        // The lock needs a connection to the database, so the database is made first, as migrating would make it.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another server made it a moment ago.
            }
        }

        // Several servers starting at once on one database would otherwise run the same migration side by side, and
        // all but the first fail on what the first created. Session-level, on a connection held open for it.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
            try
            {
                return await MigrateUnlockedAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<IReadOnlyList<string>> MigrateUnlockedAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers carry on while an import writes, and survives a crash as well as the default journal.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await SqliteStatistics.RefreshIfStaleAsync(db, cancellationToken);
        }

        // After the schema: a new key scheme, or a database from before the keys were stored, gets its keys written.
        await new MatchKeyBackfill(db).RunAsync(cancellationToken);
        // A migration cannot encrypt: enquiries stored before their contact details were encrypted are sealed here.
        await new Tracing.EnquiryEncryptionBackfill(db, encryption).RunAsync(cancellationToken);
        return pending;
    }
}
