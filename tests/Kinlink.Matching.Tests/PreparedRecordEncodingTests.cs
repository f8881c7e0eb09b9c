using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Evaluation;
using Kinlink.Matching.Scoring;

namespace Kinlink.Matching.Tests;

/// <summary>
/// The stored form of a prepared record: what a database keeps per name form must score, explain and
/// key exactly as preparing the record again would.
/// </summary>
public class PreparedRecordEncodingTests
{
    private const char Field = '\u001E';

    [Fact]
    public void Generated_registry_records_and_enquiries_come_back_scoring_and_keying_as_prepared()
    {
        var set = new CrossScriptGenerator(20261127).Generate(3000, 1500);
        AssertRoundTrips(set);
    }

    [Fact]
    public void Latin_records_as_febrl_writes_them_come_back_scoring_and_keying_as_prepared()
    {
        // FEBRL's shape, made here so that the test runs wherever the repository does: lower-case English names,
        // a typo or a missing field in the duplicate, dates with day and month swapped or a digit slipped.
        string[] surnames = ["smith", "oconnor", "mcdonald", "van der berg", "o'neill", "white", "brown", "kowalski", "nguyen", "papadopoulos"];
        string[] given = ["jack", "olivia", "william", "charlotte", "thomas", "mia", "liam", "ava", "noah", "isabella", "alexander"];
        var random = new Random(4);
        var registry = new List<MatchRecord>();
        var queries = new List<MatchRecord>();
        for (var i = 0; i < 1500; i++)
        {
            var surname = surnames[random.Next(surnames.Length)];
            var name = given[random.Next(given.Length)];
            var date = new BirthDate(1930 + random.Next(70), 1 + random.Next(12), 1 + random.Next(28));
            registry.Add(new MatchRecord($"rec-{i}-org", surname, name, null, date, null, null));
            var typo = surname.Length > 3 ? surname.Remove(random.Next(surname.Length), 1) : surname;
            var slipped = date.Day <= 12 ? new BirthDate(date.Year, date.Day, date.Month) : new BirthDate(date.Year + 1, date.Month, date.Day);
            queries.Add(new MatchRecord($"rec-{i}-dup-0", i % 3 == 0 ? name : typo, i % 3 == 0 ? surname : name, null, i % 5 == 0 ? null : slipped, null, null));
        }

        AssertRoundTrips(new LabelledSet(registry, queries, queries.ToDictionary(q => q.Id, q => (string?)q.Id.Replace("-dup-0", "-org", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_record_with_a_retyped_reading_classes_a_father_and_a_place_comes_back_whole()
    {
        var original = PreparedRecord.From(new MatchRecord("q1", "Ырумсрутлщ", "Саша", "Миколайович", new BirthDate(1994, 3, 12), null, "Харків"));
        Assert.Contains(original.Surname, r => r.WrongLayout);
        Assert.Contains(original.GivenClasses, c => c.Diminutive);
        Assert.NotNull(original.Father);

        var decoded = PreparedRecord.Decode("q1", original.Encode());

        Assert.Equal(original.Source, decoded.Source);
        Assert.Equal(original.Surname, decoded.Surname);
        Assert.Equal(original.GivenClasses, decoded.GivenClasses);
        Assert.Equal(original.Father, decoded.Father);
        Assert.Equal(original.PatronymicStem, decoded.PatronymicStem);
        Assert.Equal((original.Sex, original.SexInferred), (decoded.Sex, decoded.SexInferred));
        Assert.Equal(original.PlaceSkeleton, decoded.PlaceSkeleton);
        Assert.Equal(original.GivenKeys, decoded.GivenKeys);
        Assert.Equal(original.SurnameKeys, decoded.SurnameKeys);
    }

    [Fact]
    public void Empty_fields_and_names_that_differ_from_their_reading_come_back_as_the_source_gave_them()
    {
        var source = new MatchRecord("r", "  Kovalenko ", "", null, new BirthDate(1990, 2, null), 'F', null);
        var decoded = PreparedRecord.Decode("r", PreparedRecord.From(source).Encode());

        Assert.Equal(source, decoded.Source);
        Assert.Empty(decoded.GivenName);
    }

    [Fact]
    public void The_stored_form_starts_with_its_version_and_holds_no_property_names()
    {
        var encoded = PreparedRecord.From(new MatchRecord("r", "Коваленко", "Олександр", "Миколайович", new BirthDate(1994, 3, 12), 'M', "Харків")).Encode();

        Assert.StartsWith($"{PreparedRecord.EncodingVersion}{Field}", encoded, StringComparison.Ordinal);
        Assert.DoesNotContain("Surname", encoded, StringComparison.OrdinalIgnoreCase);
        Assert.True(encoded.Length <= 128, $"{encoded.Length} characters");
    }

    [Theory]
    [InlineData("", "format version \"\"")]
    [InlineData("99\u001E", "format version \"99\"")]
    [InlineData("1\u001Ea\u001Eb", "has 2 fields; 13 are expected")]
    public void Text_of_another_version_or_shape_is_refused(string encoded, string expected)
    {
        var error = Assert.Throws<FormatException>(() => PreparedRecord.Decode("r", encoded));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, "19x4", "date of birth \"19x4\"")]
    [InlineData(5, "MF", "sex \"MF\"")]
    [InlineData(7, "2Kovalenko\u001Dkovalenko", "surname reading \"2Kovalenko")]
    [InlineData(7, "0Kovalenko", "surname reading \"0Kovalenko\"")]
    [InlineData(8, "0Oleksandr\u001D", "given name reading \"0Oleksandr\u001D\" has no skeleton")]
    [InlineData(10, "0NO_SUCH_CLASS", "given-name classes names the class \"NO_SUCH_CLASS\"")]
    [InlineData(11, "ALEKSANDR", "surname field classes entry \"ALEKSANDR\"")]
    [InlineData(12, "NOBODY", "father names the class \"NOBODY\"")]
    public void A_malformed_field_is_refused_naming_it(int field, string value, string expected)
    {
        var fields = PreparedRecord.From(new MatchRecord("r", "Kovalenko", "Oleksandr", "Mykolaiovych", new BirthDate(1994, 3, 12), 'M', "Kharkiv")).Encode().Split(Field);
        fields[field] = value;

        var error = Assert.Throws<FormatException>(() => PreparedRecord.Decode("r", string.Join(Field, fields)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_a_missing_reading_is_refused()
    {
        var fields = PreparedRecord.From(new MatchRecord("r", "Kovalenko", null, null, null, null, null)).Encode().Split(Field);
        fields[2] = "\u0002";

        var error = Assert.Throws<FormatException>(() => PreparedRecord.Decode("r", string.Join(Field, fields)));

        Assert.Contains("given name refers to its first reading", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_holding_a_delimiter_cannot_be_stored()
    {
        var prepared = PreparedRecord.From(new MatchRecord("r", "Kova\u001Flenko", "Oleksandr", null, null, null, null));

        var error = Assert.Throws<ArgumentException>(prepared.Encode);

        Assert.Contains("surname", error.Message, StringComparison.Ordinal);
    }

    private static void AssertRoundTrips(LabelledSet set)
    {
        var registry = set.Registry.Select(PreparedRecord.From).ToList();
        var queries = set.Queries.Select(PreparedRecord.From).ToList();
        var scorer = new MatchScorer(MatchModel.Default, new RegistryFrequencies(registry));
        var byId = registry.ToDictionary(r => r.Source.Id, StringComparer.Ordinal);
        var random = new Random(5);

        foreach (var original in registry.Concat(queries))
        {
            var decoded = PreparedRecord.Decode(original.Source.Id, original.Encode());
            var id = original.Source.Id;

            Assert.Equal(original.Source, decoded.Source);
            Assert.Equal(original.Encode(), decoded.Encode());
            Assert.True(CandidateKeys.ForRecord(original).SetEquals(CandidateKeys.ForRecord(decoded)), $"record keys of {id}");
            Assert.True(CandidateKeys.ForQuery(original).SetEquals(CandidateKeys.ForQuery(decoded)), $"enquiry keys of {id}");
            Assert.Equal(FrequencyKeys.Surnames(original), FrequencyKeys.Surnames(decoded));
            Assert.Equal(FrequencyKeys.GivenNames(original), FrequencyKeys.GivenNames(decoded));
            var (surnames, givenNames) = FrequencyKeys.ProbedBy(original);
            var probed = FrequencyKeys.ProbedBy(decoded);
            Assert.Equal(surnames, probed.Surnames);
            Assert.Equal(givenNames, probed.GivenNames);

            // The true record when there is one, so that agreeing levels are met too, and a few others.
            var others = Enumerable.Range(0, 6).Select(_ => registry[random.Next(registry.Count)]).ToList();
            if (set.Truth.GetValueOrDefault(id) is { } truth && byId.TryGetValue(truth, out var trueRecord))
            {
                others.Add(trueRecord);
            }

            foreach (var other in others)
            {
                Assert.Equal(scorer.ScoreOnly(original, other), scorer.ScoreOnly(decoded, other));
                Assert.Equal(scorer.ScoreOnly(other, original), scorer.ScoreOnly(other, decoded));
                Assert.Equal(Texts(scorer.Score(original, other)), Texts(scorer.Score(decoded, other)));
                Assert.Equal(Texts(scorer.Score(other, original)), Texts(scorer.Score(other, decoded)));
            }
        }
    }

    private static List<string> Texts(ScoredPair pair) => pair.Explanation.Select(e => e.Text).ToList();
}
