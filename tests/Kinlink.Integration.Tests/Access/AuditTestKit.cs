using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

/// <summary>Reads what the web app's audit trail wrote, for tests that count the entries a request made.</summary>
internal static class AuditTestKit
{
    /// <summary>The newest sequence number once everything queued so far is written: entries after it are the test's.</summary>
    public static async Task<long> LastSequenceAsync(AppFixture app)
    {
        await app.Factory.Services.GetRequiredService<AuditTrail>().FlushAsync();
        await using var db = app.Database.NewContext();
        return await db.AuditEntries.Select(e => (long?)e.Sequence).MaxAsync() ?? 0;
    }

    /// <summary>
    /// The entries after <paramref name="after"/>, once there are <paramref name="atLeast"/>. A request's entry is queued
    /// when its pipeline ends, which may be just after the client has the response, so this waits a little for it.
    /// </summary>
    public static async Task<List<(AuditEntry Entry, List<PersonId> Persons)>> EntriesAfterAsync(AppFixture app, long after, int atLeast = 1)
    {
        var trail = app.Factory.Services.GetRequiredService<AuditTrail>();
        for (var attempt = 0; ; attempt++)
        {
            await trail.FlushAsync();
            var entries = await ReadAsync(app.Database, after);
            if (entries.Count >= atLeast || attempt == 100)
            {
                return entries;
            }

            await Task.Delay(50);
        }
    }

    public static async Task<List<(AuditEntry Entry, List<PersonId> Persons)>> ReadAsync(TestDatabase database, long after)
    {
        await using var db = database.NewContext();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).ToListAsync();
        var persons = (await db.Set<AuditEntryPerson>().AsNoTracking().Where(p => p.EntrySequence > after).ToListAsync())
            .ToLookup(p => p.EntrySequence, p => p.PersonId);
        return entries.Select(e => (e, persons[e.Sequence].ToList())).ToList();
    }

    /// <summary>The changes of an entry, decrypted with each person's key.</summary>
    public static async Task<List<(string Field, string? Before, string? After)>> DecryptedChangesAsync(KinlinkDbContext db, KeyStore keys, AuditEntry entry)
    {
        var encryption = new FieldEncryption(db, keys, TimeProvider.System);
        var result = new List<(string, string?, string?)>();
        foreach (var change in JsonSerializer.Deserialize<List<AuditStoredChange>>(entry.Changes!)!)
        {
            var person = new PersonId(change.PersonId);
            result.Add((change.Field,
                change.Before is null ? null : await encryption.DecryptForPersonAsync(person, change.Before),
                change.After is null ? null : await encryption.DecryptForPersonAsync(person, change.After)));
        }

        return result;
    }
}
