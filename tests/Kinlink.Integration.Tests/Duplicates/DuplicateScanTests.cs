using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Duplicates;
using Kinlink.Integration.Tests.Access;
using Kinlink.Matching.Scoring;
using Kinlink.Testing;
using static Kinlink.Integration.Tests.Duplicates.DuplicateWorld;

namespace Kinlink.Integration.Tests.Duplicates;

public class DuplicateScanTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_Cyrillic_list_record_and_a_Latin_registration_of_the_same_man_are_a_likely_pair_and_his_namesake_is_not(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var people = await SeedAsync(harness);

        var result = await ScanAllAsync(harness);

        var same = await PairOfAsync(harness, people.ListRecord, people.Registration);
        Assert.NotNull(same);
        Assert.Equal((MatchBucket.Likely, DuplicatePairState.Open), (same.Bucket, same.State));
        Assert.Equal(MatchModel.Default.Version, same.ModelVersion);
        var namesake = await PairOfAsync(harness, people.Namesake, people.Registration);
        Assert.True(namesake is null || namesake.Bucket == MatchBucket.Possible, $"the namesake was {namesake?.Bucket} at {namesake?.Score:0.0}");
        Assert.True(same.Score > (namesake?.Score ?? double.MinValue));
        Assert.Equal(6, result.RegistryPersons);
        Assert.Equal(6, result.QueryPersons);

        // Each pair is stored once, whichever of the two asked; a second scan adds nothing.
        var again = await ScanAllAsync(harness);
        Assert.Equal(0, again.PairsNew);
        Assert.Equal(result.PairsFound, (await PairsAsync(harness)).Count);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_worklist_shows_likely_pairs_first_with_the_engines_explanation_for_the_two_names(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var people = await SeedAsync(harness);
        await ScanAllAsync(harness);

        var list = await ReviewAsync(harness, s => s.ListAsync(DuplicatePairState.Open, null, null, AuditHarness.Caseworker));
        var top = list.Items[0];
        Assert.Equal(MatchBucket.Likely, top.Pair.Bucket);
        Assert.Equal(new[] { people.ListRecord, people.Registration }.Order(StringComparer.Ordinal), new[] { top.First.Reference, top.Second.Reference }.Order(StringComparer.Ordinal));
        Assert.True(list.Items.Zip(list.Items.Skip(1)).All(p => p.First.Pair.Bucket < p.Second.Pair.Bucket || (p.First.Pair.Bucket == p.Second.Pair.Bucket && p.First.Pair.Score >= p.Second.Pair.Score)));

        var view = await ReviewAsync(harness, s => s.GetAsync(top.Pair.Id, AuditHarness.Caseworker));
        Assert.Contains(view.Explanation, line => line.StartsWith("patronymic:", StringComparison.Ordinal) && line.Contains("Николаевич", StringComparison.Ordinal));
        Assert.Contains(view.Explanation, line => line.StartsWith("date of birth:", StringComparison.Ordinal));
        Assert.StartsWith("prior:", view.Prior, StringComparison.Ordinal);
        // The older registration is proposed to survive: the list's record, a week older than the delegate's.
        Assert.Equal(await IdAsync(harness, people.ListRecord), view.ProposedSurvivorId);

        await harness.Trail.FlushAsync();
        var entries = await harness.EntriesAsync();
        Assert.Contains(entries, e => e.Entry.Action == AuditActions.DuplicatesList);
        Assert.Contains(entries, e => e.Entry.Action == AuditActions.DuplicateRead && e.Persons.Count == 2);
        Assert.Contains(entries, e => e.Entry.Action == AuditActions.DuplicatesScan);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_dismissed_pair_does_not_come_back_until_one_of_the_two_records_changes(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var people = await SeedAsync(harness);
        await ScanAllAsync(harness);
        var pair = (await PairOfAsync(harness, people.ListRecord, people.Registration))!;

        var refused = await Assert.ThrowsAsync<Kinlink.Domain.Common.ValidationFailedException>(() =>
            ReviewAsync(harness, s => s.DismissAsync(pair.Id, "  ", null, AuditHarness.Caseworker)));
        Assert.True(refused.Errors.ContainsKey("reason"));

        await ReviewAsync(harness, s => s.DismissAsync(pair.Id, "the delegate met a brother; another man", null, AuditHarness.Caseworker));
        var rescan = await ScanAllAsync(harness);
        var dismissed = (await PairOfAsync(harness, people.ListRecord, people.Registration))!;
        Assert.Equal(DuplicatePairState.Dismissed, dismissed.State);
        Assert.Equal("the delegate met a brother; another man", dismissed.Reason);
        Assert.Equal(0, rescan.PairsReopened);
        var open = await ReviewAsync(harness, s => s.ListAsync(DuplicatePairState.Open, null, 100, AuditHarness.Caseworker));
        Assert.DoesNotContain(open.Items, i => i.Pair.Id == pair.Id);

        // The registration changes (a new event): the pair is worth another look.
        await harness.WithPersonsAsync(s => s.RecordEventAsync(people.Registration, new StatusEventInput { Kind = "transferred", Date = "2026-11-01", Place = Registry.RegistrySeed.RuHospital }, null, FieldDelegate));
        var after = await ScanAllAsync(harness);
        Assert.Equal(1, after.PairsReopened);
        Assert.Equal(DuplicatePairState.Open, (await PairOfAsync(harness, people.ListRecord, people.Registration))!.State);

        await harness.Trail.FlushAsync();
        Assert.Contains(await harness.EntriesAsync(), e => e.Entry.Action == AuditActions.DuplicateDismiss && e.Entry.Summary.Contains("another man", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_import_looks_up_only_its_own_persons_and_finds_the_earlier_registration(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var registration = await harness.WithPersonsAsync(async s => (await s.RegisterAsync(new PersonInput
        {
            Category = "pow", Surname = "Kovalenko", GivenName = "Oleksandr", Patronymic = "Mykolaiovych", Sex = "M", DateOfBirth = "1994-03-12", DependsOn = "UA",
        }, FieldDelegate)).Reference.Value);

        await harness.WithContextAsync(async db =>
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ListCsv));
            return await new ImportService(db, harness.Clock, harness.Trail).ImportPersonsAsync(stream, "ru.csv", "RU", "RU list", AuditHarness.Caseworker);
        });

        var pair = await PairOfAsync(harness, await ReferenceAsync(harness, "Ж-100"), registration);
        Assert.NotNull(pair);
        Assert.Equal(DuplicatePairState.Open, pair.State);
    }
}
