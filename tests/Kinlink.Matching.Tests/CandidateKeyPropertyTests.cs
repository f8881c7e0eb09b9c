using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Evaluation;
using Kinlink.Matching.Names;

namespace Kinlink.Matching.Tests;

/// <summary>
/// Property-style tests over many generated names: a name and any of its transliterations or
/// variants must share at least one candidate key, or the matcher never even compares them.
/// </summary>
public class CandidateKeyPropertyTests
{
    private static readonly BirthDate Born = new(1994, 3, 12);

    public static TheoryData<TransliterationSystem> Systems()
    {
        var data = new TheoryData<TransliterationSystem>();
        foreach (var system in Enum.GetValues<TransliterationSystem>())
        {
            data.Add(system);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Systems))]
    public void A_surname_and_given_name_share_a_key_with_their_transliteration(TransliterationSystem system)
    {
        var surnames = new[] { "Коваленко", "Шевчук", "Олійник", "Ковальський", "Іванова", "Щербаков", "Лук'яненко", "Ковалёв", "Зінченко", "Гончаренко", "Юрченко", "Яковенко", "Хоменко", "Цибуленко", "Їжакевич", "Євтушенко" };
        foreach (var row in GivenNames.Rows)
        {
            foreach (var surname in surnames)
            {
                foreach (var given in new[] { row.Ukrainian, row.Russian })
                {
                    var record = Keys(surname, given, Born);
                    var query = QueryKeys(Transliterator.ToLatin(surname, system), Transliterator.ToLatin(given, system), Born);
                    Assert.True(record.Overlaps(query), $"{surname} {given} and its {system} form share no key");

                    var yearOnly = QueryKeys(Transliterator.ToLatin(surname, system), Transliterator.ToLatin(given, system), new BirthDate(1994, null, null));
                    Assert.True(record.Overlaps(yearOnly), $"{surname} {given} ({system}, year only) share no key");

                    var noDate = QueryKeys(Transliterator.ToLatin(surname, system), Transliterator.ToLatin(given, system), null);
                    Assert.True(record.Overlaps(noDate), $"{surname} {given} ({system}, no date) share no key");
                }
            }
        }
    }

    [Fact]
    public void Ukrainian_and_Russian_forms_and_Latin_variants_of_a_given_name_share_a_key()
    {
        foreach (var row in GivenNames.Rows)
        {
            var record = Keys("Коваленко", row.Russian, Born);
            foreach (var spelling in row.Latin.Append(row.Ukrainian).Concat(row.UkrainianDiminutives).Concat(row.RussianDiminutives))
            {
                Assert.True(record.Overlaps(QueryKeys("Kovalenko", spelling, null)), $"{row.Russian} and {spelling} share no key");
            }
        }
    }

    [Fact]
    public void Generated_enquiries_share_a_key_with_their_record_almost_always()
    {
        var set = new CrossScriptGenerator(seed: 5).Generate(registrySize: 2_000, queryCount: 1_000);
        var records = set.Registry.ToDictionary(r => r.Id);
        var withTruth = set.Queries.Where(q => set.Truth[q.Id] is not null).ToList();
        var blocked = withTruth.Count(q => CandidateKeys.ForRecord(records[set.Truth[q.Id]!]).Overlaps(CandidateKeys.ForQuery(q)));

        // Enquiries that lose both the name and the date to slips are beyond any key; they are few.
        Assert.True(blocked >= 0.97 * withTruth.Count, $"{blocked} of {withTruth.Count} enquiries reach their record");
    }

    [Theory]
    [InlineData("Коваленко", "Kovalneko")]
    [InlineData("Коваленко", "Kovalenk")]
    [InlineData("Коваленко", "Kovvalenko")]
    [InlineData("Шевченко", "Shevcheko")]
    public void A_typing_slip_in_the_surname_still_shares_a_key(string surname, string slipped)
    {
        Assert.True(Keys(surname, "Іван", Born).Overlaps(QueryKeys(slipped, "Ivan", new BirthDate(1994, null, null))));
    }

    [Fact]
    public void Surname_and_given_name_in_each_other_s_fields_still_share_a_key()
    {
        Assert.True(Keys("Коваленко", "Олександр", Born).Overlaps(QueryKeys("Oleksandr", "Kovalenko", null)));
    }

    [Fact]
    public void Keys_are_plain_strings_that_name_no_record()
    {
        var keys = Keys("Коваленко", "Олександр", Born);
        Assert.All(keys, k => Assert.Matches("^[a-z]{1,2}:[A-Za-z0-9:_-]+$", k));
    }

    private static IReadOnlySet<string> Keys(string surname, string given, BirthDate? born) =>
        CandidateKeys.ForRecord(new MatchRecord("r", surname, given, null, born, null, null));

    private static IReadOnlySet<string> QueryKeys(string surname, string given, BirthDate? born) =>
        CandidateKeys.ForQuery(new MatchRecord("q", surname, given, null, born, null, null));
}
