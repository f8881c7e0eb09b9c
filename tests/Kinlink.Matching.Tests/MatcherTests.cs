using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Evaluation;
using Kinlink.Matching.Scoring;

namespace Kinlink.Matching.Tests;

public class MatcherTests
{
    // The example: a mother's letter, the detaining party's list and a delegate's registration.
    private static readonly MatchRecord Enquiry = new("q1", "Коваленко", "Олександр", "Миколайович", new BirthDate(1994, null, null), null, null);

    private static List<MatchRecord> Registry() =>
    [
        new("list", "Коваленко", "Александр", "Николаевич", new BirthDate(1994, 3, 12), 'M', null),
        new("brother", "Коваленко", "Андрей", "Николаевич", new BirthDate(1991, 7, 2), 'M', null),
        new("namesake", "Коваленко", "Александр", "Петрович", new BirthDate(1979, 1, 30), 'M', null),
        new("other", "Шевчук", "Олег", "Иванович", new BirthDate(1994, 5, 5), 'M', null),
        .. Filler(200),
    ];

    [Fact]
    public void The_true_record_comes_first_and_is_likely()
    {
        var candidates = new InMemoryMatcher(Registry()).Find(Enquiry);

        var first = candidates[0];
        Assert.Equal("list", first.RecordId);
        Assert.Equal(MatchBucket.Likely, first.Bucket);
        Assert.True(first.Probability > 0.99);
        Assert.All(candidates.Skip(1), c => Assert.Equal(MatchBucket.Possible, c.Bucket));
        Assert.Equal(MatchModel.Default.Version, first.ModelVersion);
    }

    [Fact]
    public void The_explanation_says_why_in_plain_words_for_each_field()
    {
        var first = new InMemoryMatcher(Registry()).Find(Enquiry)[0];
        var lines = first.Explanation.ToDictionary(e => e.Field);

        Assert.Equal("exact", lines[MatchField.Surname].Level);
        Assert.Contains("Коваленко and Коваленко: the same surname", lines[MatchField.Surname].Text, StringComparison.Ordinal);
        Assert.Equal(AgreementKind.Equivalent, lines[MatchField.GivenName].Kind);
        Assert.Contains("Олександр and Александр: forms of the same name (Олександр in Ukrainian, Александр in Russian)", lines[MatchField.GivenName].Text, StringComparison.Ordinal);
        Assert.Contains("both name the father Микола (Николай)", lines[MatchField.Patronymic].Text, StringComparison.Ordinal);
        Assert.Contains("1994 and 1994-03-12: agree on the year, the only part both give", lines[MatchField.DateOfBirth].Text, StringComparison.Ordinal);
        Assert.Contains("no place of birth on one side: counts neither way (0.0)", lines[MatchField.PlaceOfBirth].Text, StringComparison.Ordinal);
        Assert.All(first.Explanation.Where(e => e.Kind is AgreementKind.Exact or AgreementKind.Equivalent && e.Field != MatchField.NameOrder), e => Assert.True(e.Weight > 0, e.Text));
    }

    [Fact]
    public void A_Latin_registration_without_patronymic_is_found_from_a_Cyrillic_enquiry()
    {
        var registry = Filler(200).Append(new MatchRecord("delegate", "Kovalenko", "Aleksandr", null, null, null, null)).ToList();

        var first = new InMemoryMatcher(registry).Find(Enquiry)[0];

        Assert.Equal("delegate", first.RecordId);
        Assert.Contains("in Cyrillic and in Latin", first.Explanation.Single(e => e.Field == MatchField.Surname).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_records_the_evidence_cannot_tell_apart_are_both_only_possible()
    {
        var registry = Filler(200).Concat(
        [
            new MatchRecord("twin-a", "Мельник", "Василь", null, new BirthDate(1990, 1, 1), 'M', null),
            new MatchRecord("twin-b", "Мельник", "Василь", null, new BirthDate(1990, 6, 6), 'M', null),
        ]).ToList();

        var candidates = new InMemoryMatcher(registry).Find(new MatchRecord("q", "Мельник", "Василь", null, new BirthDate(1990, null, null), null, null));

        Assert.Equal(["twin-a", "twin-b"], candidates.Take(2).Select(c => c.RecordId).Order());
        Assert.All(candidates, c => Assert.Equal(MatchBucket.Possible, c.Bucket));
    }

    [Fact]
    public void Wrong_keyboard_layout_and_swapped_fields_are_read_through()
    {
        var registry = Filler(200).Append(new MatchRecord("list", "Коваленко", "Александр", null, new BirthDate(1994, 3, 12), 'M', null)).ToList();
        var matcher = new InMemoryMatcher(registry);

        var layout = matcher.Find(new MatchRecord("q", "Rjdfktyrj", "Jktrcfylh", null, new BirthDate(1994, 3, 12), null, null))[0];
        var swapped = matcher.Find(new MatchRecord("q", "Oleksandr", "Kovalenko", null, new BirthDate(1994, 3, 12), null, null))[0];

        Assert.Equal("list", layout.RecordId);
        Assert.Contains("wrong keyboard layout", layout.Explanation.Single(e => e.Field == MatchField.Surname).Text, StringComparison.Ordinal);
        Assert.Equal("list", swapped.RecordId);
        Assert.Equal("swapped", swapped.Explanation.Single(e => e.Field == MatchField.NameOrder).Level);
    }

    [Fact]
    public void An_enquiry_that_shares_no_key_gets_no_candidate()
    {
        Assert.Empty(new InMemoryMatcher(Registry()).Find(new MatchRecord("q", "Zebedee", "Quentin", null, new BirthDate(1931, 1, 1), null, null)));
    }

    [Fact]
    public void At_most_top_candidates_are_returned_best_first()
    {
        var candidates = new InMemoryMatcher(Registry()).Find(new MatchRecord("q", "Коваленко", null, null, null, null, null), top: 2);

        Assert.True(candidates.Count <= 2);
        Assert.True(candidates.Zip(candidates.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void The_generator_repeats_itself_for_a_seed_and_not_for_another()
    {
        var a = new CrossScriptGenerator(11).Generate(100, 20);
        var b = new CrossScriptGenerator(11).Generate(100, 20);
        var c = new CrossScriptGenerator(12).Generate(100, 20);

        Assert.Equal(a.Registry, b.Registry);
        Assert.Equal(a.Queries, b.Queries);
        Assert.NotEqual(a.Registry, c.Registry);
        Assert.Contains(a.Truth.Values, v => v is null);
    }

    // Unrelated persons, so that frequencies and the prior are those of a registry rather than of four records.
    private static IEnumerable<MatchRecord> Filler(int count)
    {
        var set = new CrossScriptGenerator(seed: 99).Generate(count, 0);
        return set.Registry.Select((r, i) => r with { Id = $"filler{i}" });
    }
}
