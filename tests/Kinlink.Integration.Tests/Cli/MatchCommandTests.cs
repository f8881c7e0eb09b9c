using System.Globalization;

namespace Kinlink.Integration.Tests.Cli;

/// <summary>The file mode's contract: <c>kinlink match --registry R.csv --queries Q.csv --top N --out results.csv</c>.</summary>
public sealed class MatchCommandTests : IDisposable
{
    private const string Header = "id,surname,given_name,patronymic,date_of_birth,sex,place_of_birth\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kinlink-match-tests", Guid.NewGuid().ToString("N"));

    public MatchCommandTests()
    {
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public async Task Results_follow_the_contract_best_first_at_most_top_per_query()
    {
        var registry = Write("R.csv", Header
            + "list-1,Коваленко,Александр,Николаевич,1994-03-12,M,Харьков\n"
            + "reg-7,Kovalenko,Aleksandr,,1994,M,\n"
            + "brother,Коваленко,Андрей,Николаевич,1991-07-02,M,\n"
            + "other,Шевчук,Олег,Иванович,1980-05-05,M,\n");
        var queries = Write("Q.csv", Header
            + "q1,Коваленко,Олександр,Миколайович,1994-03-12,,Харків\n"
            + "q2,Zebedee,Quentin,,1931,,\n");
        var results = Path.Combine(_folder, "results.csv");

        var run = await CliRunner.RunRawAsync("match", "--registry", registry, "--queries", queries, "--top", "2", "--out", results);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Matched 2 enquiries against 4 records", run.Out, StringComparison.Ordinal);
        var lines = File.ReadAllLines(results);
        Assert.Equal("query_id,rank,record_id,score,bucket", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("q1", r[0]));
        Assert.Equal(["1", "2"], rows.Select(r => r[1]));
        Assert.Equal("list-1", rows[0][2]);
        Assert.Equal("likely", rows[0][4]);
        Assert.Equal("possible", rows[1][4]);
        Assert.All(rows, r => Assert.Matches(@"^-?\d+(\.\d+)?$", r[3]));
        Assert.True(double.Parse(rows[0][3], CultureInfo.InvariantCulture) >= double.Parse(rows[1][3], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Results_can_go_to_standard_output()
    {
        var registry = Write("R.csv", Header + "r1,Ivanov,Ivan,,1990-01-01,M,\n");
        var queries = Write("Q.csv", Header + "q1,Иванов,Иван,,1990-01-01,M,\n");

        var run = await CliRunner.RunRawAsync("match", "--registry", registry, "--queries", queries, "--out", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("query_id,rank,record_id,score,bucket\nq1,1,r1,", run.Out, StringComparison.Ordinal);
        Assert.Contains("Matched 1 enquiries", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("r1,Ivanov,Ivan,,12.03.1994,M,\n", "R.csv line 2, column date_of_birth")]
    [InlineData("r1,Ivanov,Ivan,,1994,male,\n", "R.csv line 2, column sex")]
    [InlineData("r1,Ivanov,Ivan,,1994,M,\nr1,Petrov,Petr,,,,\n", "R.csv line 3, column id")]
    [InlineData("r1,Ivanov\n", "R.csv line 2: 2 fields where the header has 7")]
    public async Task A_malformed_registry_is_refused_naming_file_line_and_column(string body, string expected)
    {
        var registry = Write("R.csv", Header + body);
        var queries = Write("Q.csv", Header + "q1,Ivanov,Ivan,,1994,M,\n");
        var results = Path.Combine(_folder, "results.csv");

        var run = await CliRunner.RunRawAsync("match", "--registry", registry, "--queries", queries, "--out", results);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {expected}", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(results));
    }

    [Fact]
    public async Task A_query_file_with_a_wrong_header_is_refused_naming_the_column()
    {
        var registry = Write("R.csv", Header + "r1,Ivanov,Ivan,,1994,M,\n");
        var queries = Write("Q.csv", "id,surname,first_name\nq1,Ivanov,Ivan\n");

        var run = await CliRunner.RunRawAsync("match", "--registry", registry, "--queries", queries, "--out", Path.Combine(_folder, "out.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Q.csv line 1, column first_name: unknown column", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_or_a_bad_top_is_a_usage_error()
    {
        var queries = Write("Q.csv", Header);

        var missing = await CliRunner.RunRawAsync("match", "--registry", Path.Combine(_folder, "none.csv"), "--queries", queries, "--out", "-");
        var badTop = await CliRunner.RunRawAsync("match", "--registry", queries, "--queries", queries, "--top", "0", "--out", "-");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("none.csv", Assert.Single(missing.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(2, badTop.ExitCode);
        Assert.Contains("--top", Assert.Single(badTop.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_result_does_not_depend_on_ids_or_row_order()
    {
        var rows = new[]
        {
            "{0},Коваленко,Александр,Николаевич,1994-03-12,M,\n",
            "{1},Коваленко,Андрей,Николаевич,1991-07-02,M,\n",
            "{2},Шевчук,Олег,Иванович,1980-05-05,M,\n",
        };
        var first = Write("R1.csv", Header + string.Format(CultureInfo.InvariantCulture, string.Concat(rows), "a", "b", "c"));
        var second = Write("R2.csv", Header + string.Format(CultureInfo.InvariantCulture, string.Concat(rows.Reverse()), "z", "y", "x"));
        var queries = Write("Q.csv", Header + "q1,Kovalenko,Oleksandr,,1994,,\n");

        var a = await CliRunner.RunRawAsync("match", "--registry", first, "--queries", queries, "--out", "-");
        var b = await CliRunner.RunRawAsync("match", "--registry", second, "--queries", queries, "--out", "-");

        static string[] Top(string output) => output.Split('\n')[1].Split(',');
        Assert.Equal("a", Top(a.Out)[2]);
        Assert.Equal("z", Top(b.Out)[2]);
        Assert.Equal(Top(a.Out)[3], Top(b.Out)[3]);
    }

    [Fact]
    public async Task The_cross_script_evaluation_writes_files_that_kinlink_match_reads()
    {
        var data = Path.Combine(_folder, "bench");

        var run = await CliRunner.RunRawAsync("eval", "cross-script", "--registry-size", "300", "--queries", "60", "--write", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("recall@1", run.Out, StringComparison.Ordinal);
        Assert.Contains("likely on no-true-record", run.Out, StringComparison.Ordinal);
        var match = await CliRunner.RunRawAsync("match", "--registry", Path.Combine(data, "registry.csv"), "--queries", Path.Combine(data, "queries.csv"), "--out", Path.Combine(data, "results.csv"));
        Assert.Equal(0, match.ExitCode);
        Assert.Equal("query_id,record_id", File.ReadLines(Path.Combine(data, "truth.csv")).First());
    }

    [Theory]
    [InlineData("match", "--registry", "--queries", "--top", "--out")]
    [InlineData("eval", "febrl", "cross-script", "train")]
    public async Task Help_names_the_options_and_commands(string command, params string[] expected)
    {
        var result = await CliRunner.RunRawAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Description:", result.Out, StringComparison.Ordinal);
        Assert.All(expected, e => Assert.Contains(e, result.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_FEBRL_folder_without_its_files_is_refused_in_one_line()
    {
        var result = await CliRunner.RunRawAsync("eval", "febrl", "--data", _folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("dataset4a.csv", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
