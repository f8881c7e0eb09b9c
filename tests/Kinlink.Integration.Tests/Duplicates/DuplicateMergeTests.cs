using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Duplicates;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Registry;
using Kinlink.Matching.Scoring;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using static Kinlink.Integration.Tests.Duplicates.DuplicateWorld;

namespace Kinlink.Integration.Tests.Duplicates;

public class DuplicateMergeTests
{
    private static async Task<(People People, DuplicatePair Pair)> ScannedAsync(AuditHarness harness)
    {
        var people = await SeedAsync(harness);
        await ScanAllAsync(harness);
        return (people, (await PairOfAsync(harness, people.ListRecord, people.Registration))!);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_merge_keeps_every_name_form_event_and_source_and_the_absorbed_reference_leads_to_the_survivor(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var (people, pair) = await ScannedAsync(harness);

        var merge = await ReviewAsync(harness, s => s.MergeAsync(pair.Id, null, "same service number on the visit", null, AuditHarness.Caseworker));

        // The older registration (the list's) survives by default.
        var survivor = await harness.WithPersonsAsync(s => s.GetAsync(people.ListRecord, AuditHarness.Caseworker));
        Assert.Equal(await IdAsync(harness, people.ListRecord), merge.SurvivorId);
        var full = survivor.Person!;
        Assert.Equal(["Kovalenko Oleksandr Mykolaiovych", "Коваленко Александр Николаевич"], full.NameForms.Select(f => f.FullName).Order(StringComparer.Ordinal));
        Assert.Equal([StatusEventKind.Captured, StatusEventKind.Notified], survivor.Timeline.Select(e => e.Kind));
        Assert.Contains(survivor.Timeline, e => e.Note == "seen by the delegate on the visit" && e.SourceLabel == "visit to RU-CAMP-01");
        Assert.Contains(full.NameForms, f => f.SourceLabel == "RU list of 2026-11-20" && f.SourceListId is not null);
        Assert.Contains(full.NameForms, f => f.SourceLabel == "entered by delegate.olena");
        // Filled where the survivor had nothing; kept, with the other value on record, where both differ.
        Assert.Equal("Kovalenko Halyna (mother)", full.InformName);
        Assert.Equal("Харьков", full.PlaceOfBirth);
        var conflict = Assert.Single(merge.Conflicts, c => c.Field == "place_of_birth");
        Assert.Equal(("Харьков", "Kharkiv"), (conflict.SurvivorValue, conflict.AbsorbedValue));

        // The absorbed record is a tombstone: its reference resolves and says where the person is now.
        var tombstone = await harness.WithPersonsAsync(s => s.GetAsync(people.Registration, AuditHarness.Caseworker));
        Assert.Equal(people.ListRecord, tombstone.MergedIntoReference);
        Assert.Empty(tombstone.Timeline);
        var search = await harness.WithPersonsAsync(s => s.SearchAsync(new PersonQuery("Kovalenko", null, null, null, null, 1, 50), AuditHarness.Caseworker));
        Assert.DoesNotContain(search.Items, p => p.Reference == people.Registration);
        Assert.Contains(search.Items, p => p.Reference == people.ListRecord);

        // The name search keys moved with the name form: searching the Latin spelling finds the survivor alone.
        var latin = await harness.WithPersonsAsync(s => s.SearchAsync(new PersonQuery("Kovalenko Oleksandr Myk", null, null, null, null, 1, 50), AuditHarness.Caseworker));
        Assert.Equal([people.ListRecord], latin.Items.Select(p => p.Reference));

        // A tombstone takes no news.
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => harness.WithPersonsAsync(s =>
            s.RecordEventAsync(people.Registration, new StatusEventInput { Kind = "released", Date = "2026-11-02" }, null, AuditHarness.Caseworker)));
        Assert.Equal("intermediary_ref", refused.Field);

        await harness.Trail.FlushAsync();
        var entry = Assert.Single(await harness.EntriesAsync(), e => e.Entry.Action == AuditActions.PersonMerge);
        Assert.Equal(new[] { merge.SurvivorId.Value, merge.AbsorbedId.Value }.Order(), entry.Persons.Select(p => p.Value).Order());
        Assert.Contains(people.Registration, entry.Entry.Summary, StringComparison.Ordinal);
        Assert.Equal(DuplicatePairState.Merged, (await PairOfAsync(harness, people.ListRecord, people.Registration))!.State);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_match_keys_follow_the_name_forms_into_the_survivor_and_back_on_a_split(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var (people, pair) = await ScannedAsync(harness);
        var survivorId = await IdAsync(harness, people.ListRecord);
        var absorbedId = await IdAsync(harness, people.Registration);
        var survivorKeysBefore = await MatchKeysAsync(harness, survivorId);
        var absorbedKeysBefore = await MatchKeysAsync(harness, absorbedId);
        Assert.NotEmpty(absorbedKeysBefore);

        var merge = await ReviewAsync(harness, s => s.MergeAsync(pair.Id, null, null, null, AuditHarness.Caseworker));

        // The tombstone can no longer be found; the survivor is found by the absorbed record's spellings too.
        Assert.Empty(await MatchKeysAsync(harness, absorbedId));
        var survivorKeysMerged = (await MatchKeysAsync(harness, survivorId)).ToHashSet();
        Assert.Superset(survivorKeysBefore.ToHashSet(), survivorKeysMerged);
        Assert.Subset(absorbedKeysBefore.Union(survivorKeysBefore).ToHashSet(), survivorKeysMerged);

        await ReviewAsync(harness, s => s.SplitAsync(merge.Id, null, AuditHarness.Caseworker));

        Assert.Equal(absorbedKeysBefore.Order(), (await MatchKeysAsync(harness, absorbedId)).Order());
        Assert.Equal(survivorKeysBefore.Order(), (await MatchKeysAsync(harness, survivorId)).Order());
    }

    private static Task<List<long>> MatchKeysAsync(AuditHarness harness, PersonId person) =>
        harness.WithContextAsync(db => db.PersonMatchKeys.AsNoTracking()
            .Where(k => db.PersonMatchSubjects.Any(s => s.Number == k.Number && s.PersonId == person)).Select(k => k.Key).ToListAsync());

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_split_restores_both_records_exactly(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var (people, pair) = await ScannedAsync(harness);
        var survivorBefore = await SnapshotAsync(harness, people.ListRecord);
        var absorbedBefore = await SnapshotAsync(harness, people.Registration);
        // The registration has no service number: merging the other way round moves the list's number to it and back.
        var merge = await ReviewAsync(harness, s => s.MergeAsync(pair.Id, people.Registration, null, null, AuditHarness.Caseworker));
        Assert.NotEqual(survivorBefore, await SnapshotAsync(harness, people.ListRecord));
        Assert.Equal("Ж-100", (await harness.WithPersonsAsync(s => s.GetAsync(people.Registration, AuditHarness.Caseworker))).Person!.ServiceNumber);

        await ReviewAsync(harness, s => s.SplitAsync(merge.Id, "two brothers after all", AuditHarness.Caseworker));

        Assert.Equal(survivorBefore, await SnapshotAsync(harness, people.ListRecord));
        Assert.Equal(absorbedBefore, await SnapshotAsync(harness, people.Registration));
        var after = (await PairOfAsync(harness, people.ListRecord, people.Registration))!;
        Assert.Equal((DuplicatePairState.Dismissed, "two brothers after all"), (after.State, after.Reason));
        // Decided as two persons: a scan does not propose them again.
        await ScanAllAsync(harness);
        Assert.Equal(DuplicatePairState.Dismissed, (await PairOfAsync(harness, people.ListRecord, people.Registration))!.State);

        await harness.Trail.FlushAsync();
        var entry = Assert.Single(await harness.EntriesAsync(), e => e.Entry.Action == AuditActions.PersonSplit);
        Assert.Equal(2, entry.Persons.Count);
        await Assert.ThrowsAsync<ConflictException>(() => ReviewAsync(harness, s => s.SplitAsync(merge.Id, null, AuditHarness.Caseworker)));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task What_was_added_to_the_survivor_after_the_merge_stays_with_it_on_a_split(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var (people, pair) = await ScannedAsync(harness);
        var absorbedBefore = await SnapshotAsync(harness, people.Registration);
        var merge = await ReviewAsync(harness, s => s.MergeAsync(pair.Id, null, null, null, AuditHarness.Caseworker));
        await harness.WithPersonsAsync(s => s.RecordEventAsync(people.ListRecord, new StatusEventInput { Kind = "transferred", Date = "2026-11-05", Place = RegistrySeed.RuHospital }, null, AuditHarness.Caseworker));

        await ReviewAsync(harness, s => s.SplitAsync(merge.Id, null, AuditHarness.Caseworker));

        Assert.Equal(absorbedBefore, await SnapshotAsync(harness, people.Registration));
        var survivor = await harness.WithPersonsAsync(s => s.GetAsync(people.ListRecord, AuditHarness.Caseworker));
        Assert.Equal([StatusEventKind.Captured, StatusEventKind.Transferred], survivor.Timeline.Select(e => e.Kind));
        Assert.Single(survivor.Person!.NameForms);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_merge_whose_survivor_was_merged_again_is_not_split_until_the_later_merge_is(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var (people, pair) = await ScannedAsync(harness);
        var first = await ReviewAsync(harness, s => s.MergeAsync(pair.Id, null, null, null, AuditHarness.Caseworker));
        // The namesake pair is not a likely one, but a caseworker may still decide; here the survivor is absorbed in turn.
        var second = await harness.WithContextAsync(async db =>
        {
            var (a, b) = DuplicatePair.Order(await IdAsync(harness, people.ListRecord), await IdAsync(harness, people.Namesake));
            // Below the worklist's floor the scan does not store the namesake pair; the caseworker's decision is recorded as one.
            var pair = await db.DuplicatePairs.SingleOrDefaultAsync(p => p.FirstPersonId == a && p.SecondPersonId == b)
                ?? db.DuplicatePairs.Add(DuplicatePair.Found(a, b, -3.0, MatchBucket.Possible, MatchModel.Default.Version, DateTimeOffset.UtcNow)).Entity;
            await db.SaveChangesAsync();
            return pair.Id;
        });
        await ReviewAsync(harness, s => s.MergeAsync(second, people.Namesake, null, null, AuditHarness.Caseworker));

        var refused = await Assert.ThrowsAsync<ConflictException>(() => ReviewAsync(harness, s => s.SplitAsync(first.Id, null, AuditHarness.Caseworker)));
        Assert.Contains("Undo that merge first", refused.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_account_may_neither_read_the_worklist_nor_decide(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var (_, pair) = await ScannedAsync(harness);
        var officer = new Actor("bureau.ru", "RU");

        await Assert.ThrowsAsync<ForbiddenException>(() => ReviewAsync(harness, s => s.ListAsync(DuplicatePairState.Open, null, null, officer)));
        await Assert.ThrowsAsync<ForbiddenException>(() => ReviewAsync(harness, s => s.GetAsync(pair.Id, officer)));
        await Assert.ThrowsAsync<ForbiddenException>(() => ReviewAsync(harness, s => s.MergeAsync(pair.Id, null, null, null, officer)));
        await Assert.ThrowsAsync<ForbiddenException>(() => harness.WithContextAsync(db => new DuplicateScanService(db, harness.Clock, harness.Trail).ScanAllAsync(officer)));
        Assert.Equal(DuplicatePairState.Open, (await PairsAsync(harness)).Single(p => p.Id == pair.Id).State);
    }
}
