using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Testing;

/// <summary>An audit trail for services built by hand in tests, writing to the same database as the given context.</summary>
public static class TestAudit
{
    public static AuditTrail For(KinlinkDbContext db, KeyStore? keys = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connectionString = db.Database.GetConnectionString()!;
        var postgres = db is PostgresKinlinkDbContext;
        return new AuditTrail(
            () => postgres
                ? new PostgresKinlinkDbContext(new DbContextOptionsBuilder<PostgresKinlinkDbContext>().UseNpgsql(connectionString).Options)
                : new SqliteKinlinkDbContext(new DbContextOptionsBuilder<SqliteKinlinkDbContext>().UseSqlite(connectionString).Options),
            keys ?? TestKeys.NewStore(),
            clock ?? TimeProvider.System);
    }

    public static AuditTrail For(TestDatabase database, KeyStore keys, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new AuditTrail(database.NewContext, keys, clock ?? TimeProvider.System);
    }
}
