using System.Text;
using System.Text.Json;
using Kinlink.Integration.Tests.Cli;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Matching;

public sealed class PersonsSearchCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Persons_search_prints_the_ranked_candidates_as_a_table_csv_or_json_and_refuses_a_bad_date(DatabaseKind kind)
    {
        await using var database = TestDatabase.Create(kind);
        string[] target = ["--provider", database.ProviderName, "--connection", database.ConnectionString, "--data-dir", _cli.DataDirectory];
        Assert.Equal(0, (await CliRunner.RunRawAsync(["db", "migrate", .. target])).ExitCode);
        await using (var db = database.NewContext())
        {
            await TestRegistry.SeedAsync(db);
        }

        Directory.CreateDirectory(_cli.DataDirectory);
        var list = Path.Combine(_cli.DataDirectory, "list.csv");
        await File.WriteAllTextAsync(list,
            "surname,given_name,patronymic,sex,date_of_birth,depends_on,category\n" +
            "Коваленко,Александр,Николаевич,M,1994-03-12,UA,pow\n" +
            "Коваленко,Алексей,Петрович,M,1971-02-03,UA,pow\n" +
            "Мельник,Сергей,Иванович,M,1988-10-10,UA,pow\n", new UTF8Encoding(false));
        Assert.Equal(0, (await CliRunner.RunRawAsync(["import", "persons", list, "--party", "RU", "--source", "list of 2026-11-20", .. target])).ExitCode);

        var table = await CliRunner.RunRawAsync(["persons", "search", "Олександр Миколайович Коваленко", "--dob", "1994", .. target]);
        Assert.Equal(0, table.ExitCode);
        var firstLine = table.Out.Split('\n')[0];
        Assert.Contains("Коваленко Александр Николаевич", firstLine, StringComparison.Ordinal);
        Assert.Contains("patronymic: Миколайович and Николаевич", table.Out, StringComparison.Ordinal);
        Assert.Contains("prior: one record among 3", table.Out, StringComparison.Ordinal);

        var csv = await CliRunner.RunRawAsync(["persons", "search", "Kovalenko Aleksandr", "--top", "3", "--format", "csv", .. target]);
        Assert.Equal(0, csv.ExitCode);
        var rows = csv.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("rank,reference,id,surname,given_name,patronymic,date_of_birth,place_of_birth,score,bucket,probability,explanation", rows[0]);
        Assert.Equal(3, rows.Length);
        // In a registry of three, agreeing on a name two of them share weighs little, so only "among the first" is asked.
        Assert.Contains(rows.Skip(1), r => r.Contains(",Коваленко,Александр,Николаевич,1994-03-12,", StringComparison.Ordinal) && r.Contains(",possible,", StringComparison.Ordinal));

        var json = await CliRunner.RunRawAsync(["persons", "search", "Коваленко Олександр", "--dob", "1994-03-12", "--format", "json", .. target]);
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var first = document.RootElement.GetProperty("items")[0];
        Assert.Equal("Александр", first.GetProperty("givenName").GetString());
        Assert.Contains(first.GetProperty("explanation").EnumerateArray(), e => e.GetProperty("field").GetString() == "given_name" && e.GetProperty("level").GetString() == "same-name");

        var bad = await CliRunner.RunRawAsync(["persons", "search", "Kovalenko", "--dob", "12.03.1994", .. target]);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("dob", bad.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
