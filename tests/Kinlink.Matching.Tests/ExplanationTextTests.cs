using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Scoring;

namespace Kinlink.Matching.Tests;

/// <summary>
/// Golden explanation lines: for every level of every field, a pair that reaches it and the plain
/// words a caseworker reads for it. A level without a row here fails the completeness test.
/// </summary>
public class ExplanationTextTests
{
    private static readonly BirthDate Born = new(1994, 3, 12);

    private static readonly MatchRecord Base = new("r", "Коваленко", "Олександр", "Миколайович", Born, 'M', "Харків");

    // Each case changes only what its field needs; the rest of the pair agrees.
    private static readonly (MatchField Field, string Level, MatchRecord Query, MatchRecord Record, string Words)[] Cases =
    [
        (MatchField.Surname, "exact", Base with { Surname = "Kovalenko" }, Base, "surname: Kovalenko and Коваленко: the same surname in Cyrillic and in Latin"),
        (MatchField.Surname, "gender-form", Base with { Surname = "Іванова" }, Base with { Surname = "Иванов" }, "surname: Іванова and Иванов: the same surname in its male and female or Ukrainian and Russian form"),
        (MatchField.Surname, "close", Base with { Surname = "Kovalenkov" }, Base with { Surname = "Kovalenko" }, "surname: Kovalenkov and Kovalenko: spelt differently but very alike (similarity 0.98)"),
        (MatchField.Surname, "similar", Base with { Surname = "Kovalchuk" }, Base with { Surname = "Kovalenko" }, "surname: Kovalchuk and Kovalenko: somewhat alike (similarity"),
        (MatchField.Surname, "different", Base with { Surname = "Шевчук" }, Base, "surname: Шевчук and Коваленко: different surnames"),
        (MatchField.Surname, "missing", Base with { Surname = null }, Base, "surname: no surname on one side: counts neither way (0.0)"),

        (MatchField.GivenName, "exact", Base with { GivenName = "Oleksandr" }, Base, "given name: Oleksandr and Олександр: the same given name in Cyrillic and in Latin"),
        (MatchField.GivenName, "same-name", Base, Base with { GivenName = "Александр" }, "given name: Олександр and Александр: forms of the same name (Олександр in Ukrainian, Александр in Russian)"),
        (MatchField.GivenName, "diminutive", Base with { GivenName = "Сашко" }, Base, "given name: Сашко and Олександр: one is a diminutive of the other (Олександр, Александр)"),
        (MatchField.GivenName, "close", Base with { GivenName = "Zenobius" }, Base with { GivenName = "Zenobios" }, "given name: Zenobius and Zenobios: spelt differently but very alike (similarity"),
        (MatchField.GivenName, "similar", Base with { GivenName = "Zenobius" }, Base with { GivenName = "Zenon" }, "given name: Zenobius and Zenon: somewhat alike (similarity"),
        (MatchField.GivenName, "initial", Base with { GivenName = "O." }, Base, "given name: O. and Олександр: an initial that fits the name"),
        (MatchField.GivenName, "different", Base with { GivenName = "Петро" }, Base, "given name: Петро and Олександр: different given names"),
        (MatchField.GivenName, "missing", Base with { GivenName = null }, Base, "given name: no given name on one side: counts neither way (0.0)"),

        (MatchField.Patronymic, "exact", Base with { Patronymic = "Mykolaiovych" }, Base, "patronymic: Mykolaiovych and Миколайович: the same patronymic in Cyrillic and in Latin"),
        (MatchField.Patronymic, "same-father", Base, Base with { Patronymic = "Николаевич" }, "patronymic: Миколайович and Николаевич: both name the father Микола (Николай)"),
        (MatchField.Patronymic, "close", Base with { Patronymic = "Zenobiusovych" }, Base with { Patronymic = "Zenobiosovych" }, "patronymic: Zenobiusovych and Zenobiosovych: very alike (similarity"),
        (MatchField.Patronymic, "different", Base, Base with { Patronymic = "Петрович" }, "patronymic: Миколайович and Петрович: different fathers' names"),
        (MatchField.Patronymic, "missing", Base with { Patronymic = null }, Base, "patronymic: no patronymic on one side: counts neither way (0.0)"),

        (MatchField.DateOfBirth, "exact", Base, Base, "date of birth: 1994-03-12: the same date of birth"),
        (MatchField.DateOfBirth, "same-month", Base with { DateOfBirth = new BirthDate(1994, 3, null) }, Base, "date of birth: 1994-03 and 1994-03-12: agree on year and month, as far as both go"),
        (MatchField.DateOfBirth, "same-year-only", Base with { DateOfBirth = new BirthDate(1994, null, null) }, Base, "date of birth: 1994 and 1994-03-12: agree on the year, the only part both give"),
        (MatchField.DateOfBirth, "day-month-swapped", Base with { DateOfBirth = new BirthDate(1994, 12, 3) }, Base, "date of birth: 1994-12-03 and 1994-03-12: day and month swapped"),
        (MatchField.DateOfBirth, "one-digit", Base with { DateOfBirth = new BirthDate(1994, 3, 13) }, Base, "date of birth: 1994-03-13 and 1994-03-12: one digit differs or two are swapped"),
        (MatchField.DateOfBirth, "year-off-by-one", Base with { DateOfBirth = new BirthDate(1995, 3, 12) }, Base, "date of birth: 1995-03-12 and 1994-03-12: the year is one off"),
        (MatchField.DateOfBirth, "near-year", Base with { DateOfBirth = new BirthDate(1995, null, null) }, Base, "date of birth: 1995 and 1994-03-12: the year is one off, and one side gives no more than that"),
        (MatchField.DateOfBirth, "same-year", Base with { DateOfBirth = new BirthDate(1994, 7, 25) }, Base, "date of birth: 1994-07-25 and 1994-03-12: the same year, another day"),
        (MatchField.DateOfBirth, "different", Base with { DateOfBirth = new BirthDate(1980, 7, 25) }, Base, "date of birth: 1980-07-25 and 1994-03-12: different dates"),
        (MatchField.DateOfBirth, "missing", Base with { DateOfBirth = null }, Base, "date of birth: no date of birth on one side: counts neither way (0.0)"),

        (MatchField.Sex, "same", Base, Base, "sex: both male"),
        (MatchField.Sex, "different", Base with { Sex = 'F' }, Base, "sex: female and male"),
        (MatchField.Sex, "missing", Base with { GivenName = "Zenobius", Patronymic = null, Sex = null }, Base, "sex: no sex on one side: counts neither way (0.0)"),

        (MatchField.PlaceOfBirth, "exact", Base with { PlaceOfBirth = "Kharkiv" }, Base, "place of birth: Kharkiv and Харків: the same place"),
        (MatchField.PlaceOfBirth, "close", Base, Base with { PlaceOfBirth = "Харьков" }, "place of birth: Харків and Харьков: very alike (similarity"),
        (MatchField.PlaceOfBirth, "different", Base with { PlaceOfBirth = "Львів" }, Base, "place of birth: Львів and Харків: different places"),
        (MatchField.PlaceOfBirth, "missing", Base with { PlaceOfBirth = null }, Base, "place of birth: no place of birth on one side: counts neither way (0.0)"),

        (MatchField.NameOrder, "as-given", Base, Base, "name order: surname and given name in their own fields"),
        (MatchField.NameOrder, "swapped", Base with { Surname = "Олександр", GivenName = "Коваленко" }, Base, "name order: surname and given name stand in each other's fields on one side"),
    ];

    public static TheoryData<int> CaseNumbers()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Cases.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNumbers))]
    public void Each_level_is_explained_in_plain_words_with_both_values(int number)
    {
        var (field, level, query, record, words) = Cases[number];
        var scorer = new InMemoryMatcher([record with { Id = "r" }, new MatchRecord("other", "Шевчук", "Петро", null, null, null, null)]).Scorer;

        var line = scorer.Score(PreparedRecord.From(query with { Id = "q" }), PreparedRecord.From(record)).Explanation.Single(e => e.Field == field);

        Assert.Equal(level, line.Level);
        Assert.Equal(FieldLevels.KindOf(field, level), line.Kind);
        Assert.StartsWith(words, line.Text, StringComparison.Ordinal);
        Assert.Matches(@"\([+-]?\d+\.\d\)$", line.Text);
        if (line.Kind == AgreementKind.Missing)
        {
            Assert.Equal(0, line.Weight);
        }
    }

    [Fact]
    public void Every_level_of_every_field_has_a_golden_explanation()
    {
        var covered = Cases.Select(c => (c.Field, c.Level)).ToHashSet();
        var levels = FieldLevels.All.SelectMany(f => f.Value.Select(l => (f.Key, l.Level))).ToList();

        Assert.All(levels, l => Assert.True(covered.Contains(l), $"no explanation case for {l.Key} {l.Level}"));
        Assert.Equal(levels.Count, Cases.Length);
    }

    [Fact]
    public void A_field_read_on_the_wrong_keyboard_layout_says_so()
    {
        var scorer = new InMemoryMatcher([Base]).Scorer;

        var line = scorer.Score(PreparedRecord.From(Base with { Id = "q", Surname = "Rjdfktyrj" }), PreparedRecord.From(Base)).Explanation.Single(e => e.Field == MatchField.Surname);

        Assert.Equal("exact", line.Level);
        Assert.Contains("(read as typed on the wrong keyboard layout: Коваленко)", line.Text, StringComparison.Ordinal);
    }
}
