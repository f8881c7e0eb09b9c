using System.Collections.Concurrent;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Kinlink.Integration.Tests.Registry;

/// <summary>
/// One seeded database per provider, shared by the tests of a class: seeding 10,000 persons is the slow part,
/// and the tests only read what it wrote (or check that a second seeding writes nothing).
/// </summary>
public sealed class DemoSeederFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentDictionary<DatabaseKind, Lazy<Task<SeededDatabase>>> _databases = new();

    public static FakeTimeProvider Clock() => new(Now);

    /// <summary>The seeder as the server builds it, with a key store of its own for the enquiries' contact details and the visits' findings, sealed.</summary>
    public static DemoSeeder NewSeeder(KinlinkDbContext db)
    {
        var clock = Clock();
        var encryption = new FieldEncryption(db, TestKeys.NewStore(), clock);
        return new DemoSeeder(db, clock, new EnquiryConfidentialFields(encryption), encryption);
    }

    public Task<SeededDatabase> SeededAsync(DatabaseKind kind) =>
        _databases.GetOrAdd(kind, k => new Lazy<Task<SeededDatabase>>(() => SeedAsync(k))).Value;

    public static async Task<SeededDatabase> SeedAsync(DatabaseKind kind)
    {
        var database = TestDatabase.Create(kind);
        await database.MigrateAsync();
        await using var db = database.NewContext();
        var seeded = await DemoSeederFixture.NewSeeder(db).SeedIfEmptyAsync();
        return new SeededDatabase(database, seeded);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases.Values)
        {
            if (database.IsValueCreated && database.Value.IsCompletedSuccessfully)
            {
                await database.Value.Result.Database.DisposeAsync();
            }
        }
    }
}
