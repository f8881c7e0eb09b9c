using System.Text.RegularExpressions;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Registry;

public sealed class DemoSeederTests(DemoSeederFixture fixture) : IClassFixture<DemoSeederFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DemoSeederFixture.Now.UtcDateTime);

    private static readonly Regex UkrainianLetter = new("[іїєґІЇЄҐ]");

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Seeding_an_empty_database_adds_the_parties_about_forty_places_and_ten_thousand_persons(DatabaseKind kind)
    {
        var seeded = await fixture.SeededAsync(kind);
        Assert.True(seeded.Seeded);

        await using var db = seeded.Database.NewContext();
        var parties = await db.Parties.AsNoTracking().ToListAsync();
        Assert.Equal(["RU", "UA"], parties.Where(p => p.Kind == PartyKind.ConflictParty).Select(p => p.Code).Order(StringComparer.Ordinal));
        Assert.Equal("KL", Assert.Single(parties, p => p.Kind == PartyKind.Intermediary).Code);

        var places = await db.Places.AsNoTracking().ToListAsync();
        Assert.InRange(places.Count, 35, 45);
        foreach (var party in parties.Where(p => p.Kind == PartyKind.ConflictParty))
        {
            Assert.InRange(places.Count(p => p.HoldingPartyId == party.Id), 15, 25);
        }

        Assert.Contains(places, p => !p.IsOpen);
        Assert.All(places, p => Assert.False(string.IsNullOrEmpty(p.NameLatin)));
        Assert.Equal(Enum.GetValues<PlaceKind>().Except([PlaceKind.Other]).Order(), places.Select(p => p.Kind).Distinct().Order());

        Assert.InRange(await db.Persons.CountAsync(), 9_500, 10_500);
        foreach (var party in parties.Where(p => p.Kind == PartyKind.ConflictParty))
        {
            Assert.InRange(await db.Persons.CountAsync(p => p.DependsOnPartyId == party.Id), 4_500, 5_500);
        }

        Assert.InRange(await db.SourceLists.CountAsync(), 5, 100);
        Assert.False(await db.Persons.AnyAsync(p => p.CurrentPlaceId != null && db.Places.Any(pl => pl.Id == p.CurrentPlaceId && !pl.IsOpen)),
            "Nobody should still be held in a place that has closed.");
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_next_match_subject_a_save_numbers_comes_after_the_seeded_ones(DatabaseKind kind)
    {
        var seeded = await fixture.SeededAsync(kind);
        await using var db = seeded.Database.NewContext();
        var highest = await db.PersonMatchSubjects.MaxAsync(s => s.Number);
        Assert.Equal(await db.Persons.CountAsync(), await db.PersonMatchSubjects.CountAsync());

        // The seed writes the numbers itself; the generator each provider numbers the next one from must be past them.
        var generator = kind == DatabaseKind.Postgres
            ? "SELECT pg_sequence_last_value(pg_get_serial_sequence('person_match_subjects', 'Number')::regclass) AS \"Value\""
            : "SELECT seq AS \"Value\" FROM sqlite_sequence WHERE name = 'person_match_subjects'";
        Assert.Equal(highest, await db.Database.SqlQueryRaw<long>(generator).SingleAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Seeding_again_returns_false_and_adds_nothing(DatabaseKind kind)
    {
        var seeded = await fixture.SeededAsync(kind);
        await using var db = seeded.Database.NewContext();
        var before = (await db.Persons.CountAsync(), await db.StatusEvents.CountAsync(), await db.Places.CountAsync(), await db.SourceLists.CountAsync());

        Assert.False(await DemoSeederFixture.NewSeeder(db).SeedIfEmptyAsync());

        Assert.Equal(before, (await db.Persons.CountAsync(), await db.StatusEvents.CountAsync(), await db.Places.CountAsync(), await db.SourceLists.CountAsync()));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_database_that_has_a_party_is_left_alone(DatabaseKind kind)
    {
        await using var database = TestDatabase.Create(kind);
        await database.MigrateAsync();
        await using var db = database.NewContext();
        await new PartyService(db).CreateAsync("RU", "Russian Federation", PartyKind.ConflictParty);

        Assert.False(await DemoSeederFixture.NewSeeder(db).SeedIfEmptyAsync());

        Assert.Equal(1, await db.Parties.CountAsync());
        Assert.Equal(0, await db.Places.CountAsync());
        Assert.Equal(0, await db.Persons.CountAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Every_stored_state_is_the_replay_of_a_valid_timeline(DatabaseKind kind)
    {
        var seeded = await fixture.SeededAsync(kind);
        await using var db = seeded.Database.NewContext();
        var persons = await db.Persons.AsNoTracking().Include(p => p.Events).AsSplitQuery().ToListAsync();

        Assert.All(persons, person =>
        {
            var (state, violation) = Timeline.Replay(person.Events);
            Assert.Null(violation);
            Assert.Equal(state, person.State);
            Assert.NotEmpty(person.Events);
            Assert.All(person.Events, e => Assert.True(e.Date.Earliest <= Today, $"{person.Reference}: {e.Kind} of {e.Date} is after today."));
            Assert.All(person.Events, e => Assert.NotNull(e.SourceListId));
        });

        var statuses = persons.GroupBy(p => p.CurrentStatus).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange(statuses[PersonStatus.Repatriated], 1_000, 2_500);
        Assert.InRange(statuses[PersonStatus.Dead], 30, 200);
        Assert.True(statuses.GetValueOrDefault(PersonStatus.Escaped) > 0);
        Assert.True(statuses[PersonStatus.InHospital] > 50);
        Assert.True(statuses[PersonStatus.Held] > 6_000);
        Assert.InRange(persons.Count(p => p.Events.Any(e => e.Kind == StatusEventKind.Transferred)), 2_000, 4_000);
        Assert.Contains(persons, p => p.Events.Any(e => e.Kind == StatusEventKind.Discharged));
        Assert.Contains(persons, p => p.Events.Any(e => e.Kind == StatusEventKind.Registered));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Names_are_written_the_way_the_detaining_partys_lists_write_them(DatabaseKind kind)
    {
        var seeded = await fixture.SeededAsync(kind);
        await using var db = seeded.Database.NewContext();
        var ukraine = await db.Parties.SingleAsync(p => p.Code == "UA");
        var russia = await db.Parties.SingleAsync(p => p.Code == "RU");
        var persons = await db.Persons.AsNoTracking().Include(p => p.NameForms).AsSplitQuery().ToListAsync();

        // Held by Russia: Ukrainians appear in Russian Cyrillic (Александр Николаевич, not Олександр Миколайович).
        var ukrainians = persons.Where(p => p.DependsOnPartyId == ukraine.Id).ToList();
        Assert.All(ukrainians, p => Assert.DoesNotMatch("[іїєґІЇЄҐ]", p.FullName));
        Assert.Contains(ukrainians, p => p.Patronymic == "Николаевич");
        // The intermediary's registration card adds the person's own Ukrainian spelling.
        Assert.Contains(ukrainians, p => p.NameForms.Any(f => f.Patronymic == "Миколайович"));

        // Held by Ukraine: Russians appear in Ukrainian Cyrillic (Смірнов, Іванов).
        var russians = persons.Where(p => p.DependsOnPartyId == russia.Id).ToList();
        Assert.All(russians, p => Assert.DoesNotMatch("[ыэёъЫЭЁЪ]", p.FullName));
        var cyrillicRussians = russians.Where(p => ScriptDetector.Detect(p.FullName) == NameScript.Cyrillic).ToList();
        Assert.True(cyrillicRussians.Count(p => UkrainianLetter.IsMatch(p.FullName)) > cyrillicRussians.Count * 0.8);
        Assert.Contains(russians, p => p.Surname is "Смірнов" or "Іванов");
        Assert.Contains(russians, p => p.NameForms.Any(f => f.Surname is "Смирнов" or "Иванов"));

        // Some arrive in Latin, and some have a Latin form beside the Cyrillic one.
        Assert.Contains(persons, p => p.NameForms.Any(f => f.Script == NameScriptKind.Latin) && p.NameForms.Any(f => f.Script == NameScriptKind.Cyrillic));
        Assert.Contains(persons, p => p.Sex == Sex.Female && p.Category == PersonCategory.PrisonerOfWar);
        Assert.Contains(persons, p => p.Category == PersonCategory.CivilianInternee);
        Assert.Contains(persons, p => p.DateOfBirth?.Precision == DatePrecision.Year);
        Assert.True(persons.Count(p => p.DateOfBirth?.Precision == DatePrecision.Day) > persons.Count / 2);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Third_country_nationals_are_written_in_Latin(DatabaseKind kind)
    {
        var seeded = await fixture.SeededAsync(kind);
        await using var db = seeded.Database.NewContext();
        var persons = await db.Persons.AsNoTracking().ToListAsync();

        // Their places of birth are abroad and in Latin, unlike those of either party's nationals.
        var foreigners = persons.Where(p => ScriptDetector.Detect(p.FullName) == NameScript.Latin && ScriptDetector.Detect(p.PlaceOfBirth) == NameScript.Latin).ToList();
        Assert.InRange(foreigners.Count, 100, 1_000);
        Assert.Equal(2, foreigners.Select(p => p.DependsOnPartyId).Distinct().Count());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_health_news_worklist_has_overdue_and_due_entries(DatabaseKind kind)
    {
        var seeded = await fixture.SeededAsync(kind);
        await using var db = seeded.Database.NewContext();

        var worklist = await new PersonService(db, DemoSeederFixture.Clock(), TestAudit.For(db)).HealthNewsWorklistAsync(Actor.System);

        Assert.Contains(worklist, item => item.IsOverdue);
        Assert.Contains(worklist, item => !item.IsOverdue);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Seeded_persons_are_found_by_every_spelling_of_their_name(DatabaseKind kind)
    {
        var seeded = await fixture.SeededAsync(kind);
        await using var db = seeded.Database.NewContext();
        var person = await db.Persons.AsNoTracking().Include(p => p.NameForms)
            .Where(p => p.NameForms.Count >= 3).OrderBy(p => p.Reference).FirstAsync();
        var search = new PersonService(db, DemoSeederFixture.Clock(), TestAudit.For(db));

        foreach (var form in person.NameForms)
        {
            var found = await search.SearchAsync(new PersonQuery(Name: form.FullName, PageSize: 100), Actor.System);
            Assert.Contains(found.Items, p => p.Reference == person.Reference.Value);
        }
    }

    [Fact]
    public async Task Two_empty_databases_are_seeded_with_the_same_persons()
    {
        var first = await fixture.SeededAsync(DatabaseKind.Sqlite);
        var second = await DemoSeederFixture.SeedAsync(DatabaseKind.Sqlite);
        await using var _ = second.Database;

        Assert.Equal(await FingerprintAsync(first.Database), await FingerprintAsync(second.Database));
    }

    private static async Task<List<string>> FingerprintAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var persons = await db.Persons.AsNoTracking().Include(p => p.NameForms).Include(p => p.Events).AsSplitQuery().ToListAsync();
        return persons
            .Select(p => string.Join('|', p.Reference, p.FullName, p.DateOfBirth, p.ServiceNumber, p.CurrentStatus, p.StatusSince,
                string.Join(',', p.NameForms.Select(f => f.FullName).Order(StringComparer.Ordinal)),
                string.Join(',', Timeline.Ordered(p.Events).Select(e => $"{e.Kind} {e.Date} {e.SourceLabel}"))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_demo_has_transmissions_to_each_party_mostly_acknowledged_some_waiting_for_days(DatabaseKind kind)
    {
        var seeded = await fixture.SeededAsync(kind);
        await using var db = seeded.Database.NewContext();
        var parties = await db.Parties.AsNoTracking().Where(p => p.Kind == PartyKind.ConflictParty).ToListAsync();
        var transmissions = await db.Transmissions.AsNoTracking().ToListAsync();

        foreach (var party in parties)
        {
            var toParty = transmissions.Where(t => t.RecipientPartyId == party.Id).ToList();
            Assert.InRange(toParty.Count(t => t.Subject == Kinlink.Data.Transmissions.TransmissionSubject.Registration), 4_500, 5_500);
            Assert.Contains(toParty, t => t.Subject == Kinlink.Data.Transmissions.TransmissionSubject.Event);
            Assert.Contains(toParty, t => t.AcknowledgedAt is null && DemoSeederFixture.Now - t.TransmittedAt > TimeSpan.FromDays(3));
            Assert.True(toParty.Count(t => t.AcknowledgedAt is not null) > toParty.Count / 2, $"Most transmissions to {party.Code} should be acknowledged.");
        }

        Assert.All(transmissions, t => Assert.True(t.TransmittedAt <= DemoSeederFixture.Now && (t.AcknowledgedAt is null || (t.AcknowledgedAt > t.TransmittedAt && t.AcknowledgedAt <= DemoSeederFixture.Now))));
        // Each person is registered with the party it depends on once, and never with the party that holds it.
        Assert.Equal(
            await db.Persons.CountAsync(p => p.DependsOnPartyId != null),
            transmissions.Count(t => t.Subject == Kinlink.Data.Transmissions.TransmissionSubject.Registration));
    }
}
