using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching.Evaluation;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Kinlink.Integration.Tests.Registry;

public sealed class ScaleSeederTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Seeding_two_thousand_gives_two_thousand_prisoners_with_their_name_forms_keys_timelines_places_and_transmissions(DatabaseKind kind)
    {
        await using var database = TestDatabase.Create(kind);
        await database.MigrateAsync();

        await using (var db = database.NewContext())
        {
            var result = await new ScaleSeeder(db, new FakeTimeProvider(Now)).SeedAsync(2_000, seed: 7);
            Assert.False(result.Refused);
            Assert.Equal(2_000, result.PersonsWritten);
        }

        await using var check = database.NewContext();
        Assert.Equal(2_000, await check.Persons.CountAsync());
        Assert.Equal(2_000, await check.NameForms.Select(f => f.PersonId).Distinct().CountAsync());
        Assert.Equal(2_000, await check.StatusEvents.CountAsync(e => e.Kind == StatusEventKind.Captured));
        Assert.Equal(2_000, await check.NameSearchKeys.Select(k => k.PersonId).Distinct().CountAsync());
        // Each registration is passed on to the party the prisoner depends on, who is never the party holding him.
        Assert.Equal(2_000, await check.Transmissions.CountAsync());
        Assert.Equal(0, await check.Persons.CountAsync(p => p.DependsOnPartyId == null || p.DependsOnPartyId == p.RegisteredByPartyId));
        Assert.Equal(2_000, await check.PersonMatchSubjects.CountAsync());
        // About one place per 1,500 persons, never fewer than six per party; each person's current place is one of its holder's.
        var places = await check.Places.AsNoTracking().ToDictionaryAsync(p => p.Id);
        Assert.Equal(12, places.Count);
        var held = await check.Persons.AsNoTracking().Where(p => p.CurrentPlaceId != null).Select(p => new { p.CurrentPlaceId, p.RegisteredByPartyId, p.CurrentStatus }).ToListAsync();
        Assert.True(held.Count > 1_700, $"{held.Count} persons at a place");
        Assert.All(held, p => Assert.Equal(p.RegisteredByPartyId, places[p.CurrentPlaceId!.Value].HoldingPartyId));
        Assert.Contains(await check.Persons.Select(p => p.CurrentStatus).Distinct().ToListAsync(), s => s == PersonStatus.Repatriated);
        Assert.Equal(2_000, await check.Persons.Select(p => p.Reference).Distinct().CountAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_persons_are_the_generator_records_with_the_record_id_as_service_number(DatabaseKind kind)
    {
        await using var database = TestDatabase.Create(kind);
        await database.MigrateAsync();
        await using var db = database.NewContext();

        await new ScaleSeeder(db, new FakeTimeProvider(Now)).SeedAsync(500, seed: 11);

        var generated = new CrossScriptGenerator(11).Generate(500, 0).Registry;
        var stored = await db.Persons.AsNoTracking().ToDictionaryAsync(p => p.ServiceNumber!, StringComparer.Ordinal);
        Assert.Equal(generated.Select(r => r.Id.ToUpperInvariant()).Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        var record = generated.First(r => r.Patronymic is not null && r.DateOfBirth is not null && !string.IsNullOrEmpty(r.GivenName));
        var person = stored[record.Id.ToUpperInvariant()];
        Assert.Equal(record.Surname, person.Surname);
        Assert.Equal(record.GivenName, person.GivenName);
        Assert.Equal(record.Patronymic, person.Patronymic);
        Assert.Equal(record.DateOfBirth.ToString(), person.DateOfBirth?.ToString());
        Assert.Contains(await db.NameForms.Where(f => f.PersonId == person.Id).Select(f => f.Surname).ToListAsync(), s => s == record.Surname);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Seeding_a_registry_that_holds_persons_is_refused_and_adds_nothing(DatabaseKind kind)
    {
        await using var database = TestDatabase.Create(kind);
        await database.MigrateAsync();
        await using (var db = database.NewContext())
        {
            await new ScaleSeeder(db, new FakeTimeProvider(Now)).SeedAsync(300, seed: 3);
        }

        await using var again = database.NewContext();
        var second = await new ScaleSeeder(again, new FakeTimeProvider(Now)).SeedAsync(300, seed: 3);

        Assert.True(second.Refused);
        Assert.Equal(0, second.PersonsWritten);
        Assert.Equal(300, second.PersonsAlreadyPresent);
        Assert.Equal(300, await again.Persons.CountAsync());
    }

    [Fact]
    public async Task A_count_out_of_range_is_refused_naming_the_field()
    {
        await using var database = TestDatabase.Create(DatabaseKind.Sqlite);
        await database.MigrateAsync();
        await using var db = database.NewContext();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => new ScaleSeeder(db, new FakeTimeProvider(Now)).SeedAsync(0, seed: 1));

        Assert.Equal(["scale"], error.Errors.Keys);
        Assert.Equal(0, await db.Persons.CountAsync());
    }
}
