using Kinlink.Data.Registry.Matching;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Scoring;

namespace Kinlink.Integration.Tests.Matching;

public class MatchFormsTests
{
    private static readonly MatchRecord[] Forms =
    [
        new("1", "Коваленко", "Александр", "Николаевич", new BirthDate(1994, 3, 12), 'M', "Харьков"),
        new("1", "Kovalenko", "Oleksandr", null, new BirthDate(1994, 3, 12), 'M', "Харьков"),
        new("1", "Rjdfktyrj", "", "", null, null, ""),
    ];

    [Fact]
    public void Every_form_comes_back_in_order_and_scores_as_the_form_it_was_made_from()
    {
        var prepared = Forms.Select(PreparedRecord.From).ToList();
        var joined = MatchForms.Join(prepared);

        var split = MatchForms.Split("1", joined);

        Assert.Equal(prepared.Select(p => p.Encode()), split.Select(p => p.Encode()));
        var enquiry = PreparedRecord.From(new MatchRecord("q", "Коваленко", "Олександр", "Миколайович", new BirthDate(1994, null, null), null, null));
        var scorer = new MatchScorer(MatchModel.Default, new RegistryFrequencies(prepared));
        Assert.Equal(prepared.Select(p => scorer.ScoreOnly(enquiry, p)), split.Select(p => scorer.ScoreOnly(enquiry, p)));
    }

    [Fact]
    public void The_current_name_alone_is_the_first_form()
    {
        var joined = MatchForms.Join(Forms.Select(PreparedRecord.From));

        var first = Assert.Single(MatchForms.Split("1", joined, firstOnly: true));

        Assert.Equal("Коваленко", first.Source.Surname);
    }

    [Fact]
    public void A_person_without_forms_has_none()
    {
        Assert.Empty(MatchForms.Split("1", MatchForms.Join([])));
    }

    [Theory]
    [InlineData("x:abc")]
    [InlineData("99:abc")]
    [InlineData(":abc")]
    public void Text_not_written_by_join_is_refused_with_the_subject_and_position(string stored)
    {
        var error = Assert.Throws<FormatException>(() => MatchForms.Split("42", stored));

        Assert.Contains("42", error.Message, StringComparison.Ordinal);
        Assert.Contains("character 0", error.Message, StringComparison.Ordinal);
    }
}
