using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Registry;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Kinlink.Integration.Tests.Access;

/// <summary>A seeded test database with a key store and an audit trail on it, and the registry services that record into it.</summary>
internal sealed class AuditHarness : IAsyncDisposable
{
    private AuditHarness(TestDatabase database, KeyStore keys, FakeTimeProvider clock)
    {
        Database = database;
        Keys = keys;
        Clock = clock;
        Trail = TestAudit.For(database, keys, clock);
    }

    public TestDatabase Database { get; }

    public KeyStore Keys { get; }

    public FakeTimeProvider Clock { get; }

    public AuditTrail Trail { get; }

    public static Actor Caseworker => RegistrySeed.Caseworker;

    public static async Task<AuditHarness> CreateAsync(DatabaseKind kind) =>
        new(await RegistrySeed.CreateAsync(kind), TestKeys.NewStore(), RegistrySeed.NewClock());

    /// <summary>Runs <paramref name="work"/> with a person service on a context of its own.</summary>
    public async Task<T> WithPersonsAsync<T>(Func<PersonService, Task<T>> work)
    {
        await using var db = Database.NewContext();
        return await work(new PersonService(db, Clock, Trail));
    }

    public async Task<T> WithContextAsync<T>(Func<KinlinkDbContext, Task<T>> work)
    {
        await using var db = Database.NewContext();
        return await work(db);
    }

    public Task<AuditVerification> VerifyAsync(KeyStore? keys = null) =>
        WithContextAsync(db => new AuditReader(db, keys ?? Keys).VerifyAsync());

    /// <summary>Entries oldest first, with their persons.</summary>
    public Task<List<(AuditEntry Entry, List<PersonId> Persons)>> EntriesAsync() => WithContextAsync(async db =>
    {
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var persons = (await db.Set<AuditEntryPerson>().AsNoTracking().ToListAsync()).ToLookup(p => p.EntrySequence, p => p.PersonId);
        return entries.Select(e => (e, persons[e.Sequence].ToList())).ToList();
    });

    /// <summary>Writes <paramref name="count"/> read entries, each about a new random person.</summary>
    public async Task RecordReadsAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Trail.Record(Caseworker, AuditActions.PersonRead, $"read {i}", [PersonId.New()]);
        }

        await Trail.FlushAsync();
    }

    public async Task<int> ExecuteSqlAsync(string sql) => await WithContextAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    public async ValueTask DisposeAsync()
    {
        await Trail.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(Keys.Directory))
        {
            Directory.Delete(Keys.Directory, recursive: true);
        }
    }
}
