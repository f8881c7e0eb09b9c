using Kinlink.Matching.Evaluation;

namespace Kinlink.Matching.Tests;

public class MatchCsvTests
{
    private const string Header = "id,surname,given_name,patronymic,date_of_birth,sex,place_of_birth\n";

    [Fact]
    public void Rows_are_read_with_partial_dates_quotes_and_empty_fields()
    {
        var records = Read(Header + "r1,Коваленко,Олександр,Миколайович,1994-03-12,M,Харків\nr2,\"O'Neil, Jr\",,,1990-05,,\nr3,,,,1988,F,\n");

        Assert.Equal(3, records.Count);
        Assert.Equal("Коваленко", records[0].Surname);
        Assert.Equal('M', records[0].Sex);
        Assert.Equal("O'Neil, Jr", records[1].Surname);
        Assert.Null(records[1].GivenName);
        Assert.Equal("1990-05", records[1].DateOfBirth.ToString());
        Assert.Equal('F', records[2].Sex);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_a_byte_order_mark_is_ignored()
    {
        var records = Read("\uFEFFsurname,id,given_name,patronymic,date_of_birth,sex,place_of_birth\nIvanov,x1,,,,,\n");
        Assert.Equal("x1", Assert.Single(records).Id);
    }

    [Theory]
    [InlineData("r1,Ivanov,Ivan,,12.03.1994,M,\n", "R.csv line 2, column date_of_birth: \"12.03.1994\" is not a date of birth")]
    [InlineData("r1,Ivanov,Ivan,,1994,X,\n", "R.csv line 2, column sex: \"X\" is not a sex")]
    [InlineData("r1,Ivanov,Ivan,,1994,M,\n,Petrov,,,,,\n", "R.csv line 3, column id: the id is empty")]
    [InlineData("r1,Ivanov,Ivan,,1994,M,\nr1,Petrov,,,,,\n", "R.csv line 3, column id: the id \"r1\" was already used on line 2")]
    [InlineData("r1,Ivanov,Ivan\n", "R.csv line 2: 3 fields where the header has 7")]
    [InlineData("r1,\"Ivanov,Ivan,,1994,M,\n", "R.csv line 2: a quoted value starts here and is never closed")]
    public void Malformed_rows_are_refused_naming_the_line_and_column(string body, string message)
    {
        var error = Assert.Throws<MatchCsvException>(() => Read(Header + body));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id,surname\n", "R.csv line 1, column given_name: the header lacks the column given_name")]
    [InlineData("id,surname,given_name,patronymic,date_of_birth,sex,place_of_birth,rank\n", "R.csv line 1, column rank: unknown column")]
    [InlineData("", "R.csv line 1: the file is empty")]
    public void A_wrong_header_is_refused_naming_the_column(string text, string message)
    {
        var error = Assert.Throws<MatchCsvException>(() => Read(text));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_written_read_back_the_same()
    {
        var original = Read(Header + "r1,\"Smith, J\",Олена,,1994-03,F,Київ\n");
        using var writer = new StringWriter();
        MatchCsv.Write(writer, original);

        Assert.Equal(original, Read(writer.ToString()));
    }

    private static List<Kinlink.Matching.Engine.MatchRecord> Read(string text)
    {
        using var reader = new StringReader(text);
        return MatchCsv.Read(reader, "R.csv");
    }
}
