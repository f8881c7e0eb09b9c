using System.Globalization;
using System.Security.Cryptography;
using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Registry;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

public sealed class AuditTrailTests
{
    private static PersonInput Kovalenko => new()
    {
        Surname = "Коваленко", GivenName = "Петро", Category = "pow", DependsOn = "UA", ServiceNumber = "UA-1", Rank = "рядовий",
    };

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Search_read_and_changes_are_recorded_with_who_what_and_the_persons_ids(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var actor = new Actor("officer.olena", "UA");
        var kovalenko = await harness.WithPersonsAsync(s => s.RegisterAsync(Kovalenko, actor));
        var bondar = await harness.WithPersonsAsync(s => s.RegisterAsync(Kovalenko with { Surname = "Бондар", ServiceNumber = "UA-2" }, actor));
        await harness.WithPersonsAsync(s => s.SearchAsync(new PersonQuery { Party = "UA" }, actor));
        await harness.WithPersonsAsync(s => s.GetAsync(kovalenko.Reference.Value, AuditHarness.Caseworker));
        await harness.WithPersonsAsync(s => s.UpdateAsync(kovalenko.Id.Value.ToString(), Kovalenko with { Rank = "сержант" }, kovalenko.Version, AuditHarness.Caseworker));
        await harness.WithPersonsAsync(s => s.RecordEventAsync(kovalenko.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2026-09-01", Place = RegistrySeed.RuCamp }, null, AuditHarness.Caseworker));
        await harness.Trail.FlushAsync();

        var entries = await harness.EntriesAsync();

        Assert.Equal(
            [AuditActions.PersonCreate, AuditActions.PersonCreate, AuditActions.PersonSearch, AuditActions.PersonRead, AuditActions.PersonUpdate, AuditActions.PersonEvent],
            entries.Select(e => e.Entry.Action));
        Assert.Equal([1L, 2, 3, 4, 5, 6], entries.Select(e => e.Entry.Sequence));
        var search = entries[2];
        Assert.Equal(("officer.olena", "UA"), (search.Entry.UserName, search.Entry.Organisation));
        Assert.Equal(new[] { kovalenko.Id, bondar.Id }.Select(p => p.Value).Order(), search.Persons.Select(p => p.Value).Order());
        Assert.Contains("party=UA", search.Entry.Summary, StringComparison.Ordinal);
        Assert.Null(search.Entry.Changes);
        var read = entries[3];
        Assert.Equal((AuditHarness.Caseworker.UserName, AuditRecord.Intermediary), (read.Entry.UserName, read.Entry.Organisation));
        Assert.Equal([kovalenko.Id], read.Persons);
        Assert.Equal(harness.Clock.GetUtcNow().UtcDateTime, read.Entry.At);

        var update = await DecryptedChangesAsync(harness, entries[4].Entry);
        Assert.Equal([kovalenko.Id], entries[4].Persons);
        Assert.Equal([("rank", "рядовий", "сержант")], update);
        Assert.DoesNotContain("сержант", entries[4].Entry.Changes!, StringComparison.Ordinal);

        var created = await DecryptedChangesAsync(harness, entries[0].Entry);
        Assert.Contains(("surname", null, "Коваленко"), created);
        Assert.Contains(("service_number", null, "UA-1"), created);

        var captured = await DecryptedChangesAsync(harness, entries[5].Entry);
        Assert.Contains(("event", null, "captured 2026-09-01"), captured);
        Assert.Contains(("status", "unknown", "held"), captured.Select(c => (c.Field, c.Before, c.After)).Where(c => c.Field == "status"));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Exports_imports_and_place_pages_name_the_persons_involved(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var csv = "service_number,surname,given_name,depends_on,category,place,event,event_date\nUA-1,Коваленко,Петро,UA,pow,RU-CAMP-01,captured,2026-09-01\nUA-2,Бондар,Іван,UA,pow,,,\n";
        await harness.WithContextAsync(async db =>
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
            return await new ImportService(db, harness.Clock, harness.Trail).ImportPersonsAsync(stream, "list.csv", "RU", "list 1", AuditHarness.Caseworker);
        });
        await harness.WithContextAsync(async db => await new ExportService(db, harness.Trail).ExportPersonsAsync(Stream.Null, null, AuditHarness.Caseworker));
        await harness.WithContextAsync(async db => await new PlaceService(db, new PersonService(db, harness.Clock, harness.Trail), harness.Trail).GetAsync(RegistrySeed.RuCamp, AuditHarness.Caseworker));
        await harness.Trail.FlushAsync();

        var entries = await harness.EntriesAsync();
        var ids = await harness.WithContextAsync(db => db.Persons.Select(p => p.Id).ToListAsync());
        var kovalenko = (await RegistrySeed.PersonAsync(harness.Database, "UA-1")).Id;

        Assert.Equal([AuditActions.ListImport, AuditActions.PersonsExport, AuditActions.PlaceRead], entries.Select(e => e.Entry.Action));
        Assert.Equal(ids.Select(p => p.Value).Order(), entries[0].Persons.Select(p => p.Value).Order());
        Assert.Contains(("surname", null, "Бондар"), await DecryptedChangesAsync(harness, entries[0].Entry));
        Assert.Equal(ids.Select(p => p.Value).Order(), entries[1].Persons.Select(p => p.Value).Order());
        Assert.Equal(2, entries[1].Entry.PersonCount);
        Assert.Equal([kovalenko], entries[2].Persons);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Verify_passes_on_a_clean_chain_and_on_an_empty_one(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        Assert.Equal(new AuditVerification(0, null, null), await harness.VerifyAsync());

        await harness.RecordReadsAsync(AuditTrail.BatchSize + 5);

        Assert.Equal(new AuditVerification(AuditTrail.BatchSize + 5, null, null), await harness.VerifyAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Editing_one_entry_breaks_the_chain_at_that_entry(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        await harness.RecordReadsAsync(6);

        await harness.ExecuteSqlAsync("UPDATE audit_entries SET \"Action\" = 'place.read' WHERE \"Sequence\" = 4");

        var result = await harness.VerifyAsync();
        Assert.Equal(4, result.BrokenAt);
        Assert.Contains("MAC", result.Reason, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Removing_a_person_from_an_entry_breaks_the_chain_at_that_entry(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        await harness.RecordReadsAsync(6);

        await harness.ExecuteSqlAsync("DELETE FROM audit_entry_persons WHERE \"EntrySequence\" = 2");

        Assert.Equal(2, (await harness.VerifyAsync()).BrokenAt);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Deleting_an_entry_leaves_a_gap_that_verify_reports(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        await harness.RecordReadsAsync(6);

        await harness.ExecuteSqlAsync("DELETE FROM audit_entry_persons WHERE \"EntrySequence\" = 3; DELETE FROM audit_entries WHERE \"Sequence\" = 3");
        var middle = await harness.VerifyAsync();
        await harness.ExecuteSqlAsync("DELETE FROM audit_entry_persons WHERE \"EntrySequence\" >= 3; DELETE FROM audit_entries WHERE \"Sequence\" >= 3");
        var end = await harness.VerifyAsync();

        Assert.Equal((3L, 2L), (middle.BrokenAt!.Value, middle.Entries));
        Assert.Contains("entry 3 is missing", middle.Reason, StringComparison.Ordinal);
        Assert.Equal(3, end.BrokenAt);
        Assert.Contains("missing from the end", end.Reason, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_chain_rewritten_from_some_entry_without_the_key_breaks_at_that_entry(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        await harness.RecordReadsAsync(8);

        // The forger edits entry 5 and recomputes every MAC from there on, consistently, with a key of their own,
        // and moves the head along: only the key is missing.
        var forgerKey = RandomNumberGenerator.GetBytes(32);
        var entries = await harness.EntriesAsync();
        var previous = entries[3].Entry.Mac;
        foreach (var (entry, persons) in entries.Skip(4))
        {
            entry.Summary = entry.Sequence == 5 ? "nothing to see" : entry.Summary;
            entry.PreviousMac = previous;
            entry.Mac = AuditChain.MacOf(forgerKey, entry, persons);
            previous = entry.Mac;
            await harness.WithContextAsync(db => db.AuditEntries.Where(e => e.Sequence == entry.Sequence).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Summary, entry.Summary).SetProperty(e => e.PreviousMac, entry.PreviousMac).SetProperty(e => e.Mac, entry.Mac)));
        }

        await harness.WithContextAsync(db => db.Set<AuditChainHead>().ExecuteUpdateAsync(s => s.SetProperty(h => h.LastMac, previous)));

        var result = await harness.VerifyAsync();
        Assert.Equal(5, result.BrokenAt);
        Assert.Equal(4, result.Entries);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Swapping_two_entries_contents_breaks_the_chain_at_the_first(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        await harness.RecordReadsAsync(5);
        var entries = await harness.EntriesAsync();
        var (second, third) = (entries[1].Entry, entries[2].Entry);

        // Reordering: entry 3's row becomes number 2 and the other way round (their MACs travel with them).
        await harness.ExecuteSqlAsync(string.Create(CultureInfo.InvariantCulture,
            $"UPDATE audit_entries SET \"Summary\" = '{third.Summary}', \"PreviousMac\" = '{third.PreviousMac}', \"Mac\" = '{third.Mac}' WHERE \"Sequence\" = 2; "
            + $"UPDATE audit_entries SET \"Summary\" = '{second.Summary}', \"PreviousMac\" = '{second.PreviousMac}', \"Mac\" = '{second.Mac}' WHERE \"Sequence\" = 3"));

        Assert.Equal(2, (await harness.VerifyAsync()).BrokenAt);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Verify_with_another_key_fails_at_the_first_entry(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        await harness.RecordReadsAsync(3);

        var result = await harness.VerifyAsync(TestKeys.FromVariables(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32)));

        Assert.Equal(1, result.BrokenAt);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task No_entry_is_lost_when_the_web_app_shuts_down_cleanly(DatabaseKind kind)
    {
        await using var database = TestDatabase.Create(kind);
        var factory = new KinlinkAppFactory(database);
        _ = factory.Server;
        var trail = factory.Services.GetRequiredService<AuditTrail>();
        var keys = factory.Services.GetRequiredService<KeyStore>();
        const int Count = 1_000;
        for (var i = 0; i < Count; i++)
        {
            trail.Record(AuditHarness.Caseworker, AuditActions.PersonRead, $"read {i}", [PersonId.New()]);
        }

        await factory.DisposeAsync();

        await using var db = database.NewContext();
        Assert.Equal(Count, await db.AuditEntries.CountAsync());
        Assert.Equal(Count, (await new AuditReader(db, keys).VerifyAsync()).Entries);
        Assert.Throws<InvalidOperationException>(() => trail.Record(AuditHarness.Caseworker, AuditActions.PersonRead, "too late", []));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Api_reads_are_recorded_by_the_web_apps_background_writer(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/persons?name=Ivan", UriKind.Relative));
        response.EnsureSuccessStatusCode();

        var reader = app.Factory.Services.GetRequiredService<AuditTrail>();
        await reader.FlushAsync();
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<AuditReader>().QueryAsync(new AuditFilter(), 1, 10);
        Assert.Equal(AuditActions.PersonSearch, Assert.Single(page.Items).Action);
    }

    private static async Task<List<(string Field, string? Before, string? After)>> DecryptedChangesAsync(AuditHarness harness, AuditEntry entry) =>
        await harness.WithContextAsync(async db =>
        {
            var encryption = new FieldEncryption(db, harness.Keys, harness.Clock);
            var result = new List<(string, string?, string?)>();
            foreach (var change in System.Text.Json.JsonSerializer.Deserialize<List<AuditStoredChange>>(entry.Changes!)!)
            {
                var person = new PersonId(change.PersonId);
                result.Add((change.Field,
                    change.Before is null ? null : await encryption.DecryptForPersonAsync(person, change.Before),
                    change.After is null ? null : await encryption.DecryptForPersonAsync(person, change.After)));
            }

            return result;
        });
}
