using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.Matching;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Configuration;

/// <summary>Applies the provider's migrations; used at start-up and by <c>kinlink db migrate</c>. Never EnsureCreated.</summary>
public sealed class DatabaseMigrator(KinlinkDbContext db, DatabaseSettings settings, Access.FieldEncryption encryption)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            DataServiceCollectionExtensions.EnsureSqliteDirectory(settings.ConnectionString);
        }

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
