using Kinlink.Data.Persistence;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Makes the first data-protection key before the server serves, one server at a time. Left to itself, each server
/// that starts on an empty key ring makes its own key and signs cookies with it before it has read the others', so
/// for a while a cookie from one server is refused by the next. Later keys need no such care: data protection makes
/// each successor days before it is used, and every server reads the ring again well within that time.
/// </summary>
internal static class KeyRingBootstrap
{
    // "KLKEYRNG": the PostgreSQL advisory lock held while the first key is made.
    private const long AdvisoryLockKey = 0x4B4C_4B45_5952_4E47;

    private static readonly TimeSpan FirstKeyLifetime = TimeSpan.FromDays(90);

    public static async Task EnsureKeyAsync(IKeyManager keyManager, KinlinkDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            // One server per SQLite file: nobody to race with.
            EnsureKey(keyManager);
            return;
        }

        // A transaction of its own only to hold the lock; the key manager writes through its own context.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        EnsureKey(keyManager);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void EnsureKey(IKeyManager keyManager)
    {
        var now = DateTimeOffset.UtcNow;
        if (!keyManager.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
        {
            keyManager.CreateNewKey(now, now + FirstKeyLifetime);
        }
    }
}
