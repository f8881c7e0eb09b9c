using System.Text;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.ListFiles;
using Kinlink.Testing;
using static Kinlink.Integration.Tests.Registry.RegistrySeed;

namespace Kinlink.Integration.Tests.Security;

/// <summary>A value that starts like a spreadsheet formula is exported as text, and imports back as it was.</summary>
public sealed class ExportFormulaTests
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example\",\"click\")";

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Formula_like_values_are_exported_as_text_and_import_back_unchanged(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();
        var list = "service_number,surname,given_name,depends_on,category,place_of_birth,rank,father_name,mother_maiden_name,inform_name\n"
            + $"UA-1,Коваленко,Олександр,UA,pow,\"{Hyperlink.Replace("\"", "\"\"", StringComparison.Ordinal)}\",+1,-2+3,@SUM(A1),=cmd|' /C calc'!A0\n";
        var report = await ImportAsync(database, clock, list, party: "UA");
        Assert.Equal(1, report.RowsAccepted);

        var text = await ExportTextAsync(database);
        var rows = CsvFormat.Parse(text);
        var written = text.Split("\r\n")[1];
        foreach (var formula in new[] { "+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0" })
        {
            Assert.Contains("'" + formula, written, StringComparison.Ordinal);
            Assert.DoesNotContain("," + formula, written, StringComparison.Ordinal);
        }

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", written, StringComparison.Ordinal);

        // Read back (as an import reads it) the apostrophes are gone, so the export imports again unchanged.
        var columns = ImportColumns.All.ToList();
        var person = rows[1].Cells;
        Assert.Equal(Hyperlink, person[columns.IndexOf(ImportColumns.PlaceOfBirth)]);
        Assert.Equal("+1", person[columns.IndexOf(ImportColumns.Rank)]);
        Assert.Equal("-2+3", person[columns.IndexOf(ImportColumns.FatherName)]);
        Assert.Equal("@SUM(A1)", person[columns.IndexOf(ImportColumns.MotherMaidenName)]);
        var before = await CountAsync(database);
        var again = await ImportAsync(database, clock, text, party: "UA", source: "the export");
        Assert.Equal((1, 0, 0), (again.RowsAccepted, again.PersonsCreated, again.RowsRejected));
        Assert.Equal(before.Persons, (await CountAsync(database)).Persons);
        var stored = await PersonAsync(database, "UA-1");
        Assert.Equal((Hyperlink, "+1", "-2+3", "@SUM(A1)"), (stored.PlaceOfBirth, stored.Rank, stored.FatherName, stored.MotherMaidenName));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@A1", "'@A1")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("Коваленко", "Коваленко")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void A_cell_starting_like_a_formula_gets_an_apostrophe_and_parses_back_without_it(string value, string safe)
    {
        Assert.Equal(safe, CsvFormat.FormulaSafe(value));
        var parsed = CsvFormat.Parse("a,b\r\n" + CsvFormat.Quote(CsvFormat.FormulaSafe(value)) + ",x\r\n");
        Assert.Equal(value.Replace("\r", "\n", StringComparison.Ordinal), parsed[1].Cells[0]);
    }

    private static async Task<string> ExportTextAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        using var output = new MemoryStream();
        await new ExportService(db, TestAudit.For(db)).ExportPersonsAsync(output, null, Caseworker);
        var bytes = output.ToArray();
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }
}
