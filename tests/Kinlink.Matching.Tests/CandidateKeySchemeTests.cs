using System.Security.Cryptography;
using System.Text;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;

namespace Kinlink.Matching.Tests;

/// <summary>
/// The key kinds that reach a record through slips beyond one letter, and the guard that keys stored
/// with persons are rebuilt whenever the scheme changes.
/// </summary>
public class CandidateKeySchemeTests
{
    [Fact]
    public void A_deletion_that_brings_two_equal_letters_together_collapses_them_as_a_skeleton_does()
    {
        // Skeletons hold no doubled letter: Біісук is "bisuk", so BIVISUK without its v must be too.
        Assert.Equal("bisuk", NameSkeleton.Of("Біісук"));
        Assert.Contains("bisuk", CandidateKeys.WithDeletions(NameSkeleton.Of("BIVISUK")));
        Assert.True(Keys("BIVISUK", "Vladyslav", new BirthDate(1964, 7, 3)).Overlaps(QueryKeys("Біісук", "Владислав", new BirthDate(1964, null, null))));
    }

    [Fact]
    public void A_surname_with_a_vowel_slip_and_a_lost_letter_meets_its_record_through_consonants_and_given_name()
    {
        // Two slips in the surname and no date: only the consonants with the given name are left.
        var record = Keys("Тимашенко", "Фёдор", new BirthDate(1975, 8, 3));
        var query = QueryKeys("Тимошнко", "Федір", null);

        Assert.Contains(record.Intersect(query), k => k.StartsWith("cg:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_consonant_slip_as_well_still_meets_through_the_consonant_deletions()
    {
        Assert.True(Keys("Kadenishin", "Vladimir", null).Overlaps(QueryKeys("Ksdenyshyn", "Владимир", null)));
    }

    [Fact]
    public void A_list_that_swapped_surname_and_given_name_is_found_by_an_enquiry_whose_given_name_is_garbled()
    {
        var record = Keys("Mykola", "KOVALENKO", new BirthDate(1977, 8, 5));

        Assert.True(record.Overlaps(QueryKeys("Коваленко", "Миклла", new BirthDate(1977, 8, 5))));
        Assert.False(Keys("KOVALENKO", "Mykola", new BirthDate(1977, 8, 5)).Any(k => k.StartsWith("sy:mikola", StringComparison.Ordinal)),
            "a record in the usual order is keyed only one way");
    }

    [Fact]
    public void A_record_that_lost_a_surname_letter_is_met_through_the_enquiry_s_own_deletions()
    {
        // Nothing but the surname is shared, and the record's is one letter short.
        var record = Keys("Kovalenk", "Qwerty", null);

        Assert.True(record.Overlaps(QueryKeys("Коваленко", "Олександр", null)));
        Assert.False(record.Overlaps(CandidateKeys.ForRecord(new MatchRecord("other", "Коваленко", "Олександр", null, null, null, null))),
            "records keep their own surname alone, without deletions");
    }

    [Fact]
    public void A_full_date_with_one_digit_slipped_meets_the_record_through_the_given_name()
    {
        var record = Keys("Smith", "Ethan", new BirthDate(1983, 7, 25));

        Assert.Contains("gd:etan:1983-07-25", record.Intersect(QueryKeys("Jones", "Ethan", new BirthDate(1983, 6, 25))));
        Assert.Contains("gd:etan:1983-07-25", record.Intersect(QueryKeys("Jones", "Ethan", new BirthDate(1938, 7, 25))));
        Assert.DoesNotContain("gd:etan:1983-07-25", QueryKeys("Jones", "Ethan", new BirthDate(1983, 6, 24)));
    }

    [Fact]
    public void Date_slips_are_the_valid_dates_one_digit_or_one_swap_away()
    {
        var slips = CandidateKeys.DateSlips(new BirthDate(1983, 7, 25)).ToList();

        Assert.Contains(new BirthDate(1983, 6, 25), slips);
        Assert.Contains(new BirthDate(1993, 7, 25), slips);
        Assert.Contains(new BirthDate(1983, 7, 26), slips);
        Assert.Contains(new BirthDate(1938, 7, 25), slips);
        Assert.DoesNotContain(new BirthDate(1983, 7, 25), slips);
        Assert.DoesNotContain(slips, d => d.Month > 12 || d.Day > 31);
        Assert.Equal(slips.Count, slips.Distinct().Count());
        Assert.Empty(CandidateKeys.DateSlips(new BirthDate(1983, 7, null)));
    }

    [Fact]
    public void A_slice_larger_than_the_limit_is_not_followed()
    {
        var registry = Enumerable.Range(0, 3).Select(i => new MatchRecord($"r{i}", "Коваленко", null, null, null, null, null)).ToList();
        var query = new MatchRecord("q", "Коваленко", null, null, null, null, null);

        Assert.Equal(3, new InMemoryMatcher(registry).Find(query).Count);
        Assert.Empty(new InMemoryMatcher(registry, sliceLimit: 2).Find(query));
        Assert.Equal(CandidateKeys.SliceLimit, new InMemoryMatcher(registry).SliceLimit);
    }

    [Fact]
    public void Keys_per_record_stay_few()
    {
        var keys = Keys("Коваленко", "Олександр", new BirthDate(1994, 3, 12));

        // A person's keys are rows in a table of a million persons.
        Assert.InRange(keys.Count, 20, 70);
    }

    /// <summary>
    /// The keys of fixed records, hashed: when this fails, the scheme changed, so raise
    /// <see cref="CandidateKeys.SchemeVersion"/> (stored keys must be rebuilt) and write the new hash here.
    /// </summary>
    [Fact]
    public void The_scheme_version_names_the_keys_it_makes()
    {
        MatchRecord[] records =
        [
            new("a", "Коваленко", "Олександр", "Миколайович", new BirthDate(1994, 3, 12), 'M', "Харків"),
            new("b", "Ivanova", "Sasha", null, new BirthDate(1971, 5, null), null, null),
            new("c", "Mykola", "KOVALENKO", null, new BirthDate(1977, null, null), null, null),
            new("d", "Кшевич", "Zenobius", "Petrovych", null, null, null),
        ];
        var text = string.Join("\n", records.SelectMany(r => CandidateKeys.ForRecord(r).Order(StringComparer.Ordinal).Prepend(r.Id)));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

        Assert.Equal((2, "C8151A9F547F49DF"), (CandidateKeys.SchemeVersion, hash));
    }

    private static IReadOnlySet<string> Keys(string surname, string given, BirthDate? born) =>
        CandidateKeys.ForRecord(new MatchRecord("r", surname, given, null, born, null, null));

    private static IReadOnlySet<string> QueryKeys(string surname, string given, BirthDate? born) =>
        CandidateKeys.ForQuery(new MatchRecord("q", surname, given, null, born, null, null));
}
