using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Cli;

public sealed class DbMigrateCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Migrate_creates_the_SQLite_file_in_the_data_directory()
    {
        var result = await _cli.RunAsync("db", "migrate");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(_cli.DatabaseFile), $"Expected {_cli.DatabaseFile}. Output: {result.Out}{result.Error}");
        Assert.Contains($"SQLite (Data Source={_cli.DatabaseFile})", result.Out, StringComparison.Ordinal);
        Assert.Matches("Applied \\d+ migrations?: \\d{14}_Initial", result.Out); // however many migrations later features add
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Migrating_twice_says_the_database_is_up_to_date()
    {
        await _cli.RunAsync("db", "migrate");

        var result = await _cli.RunAsync("db", "migrate");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Up to date", result.Out, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Migrate_on_PostgreSQL_applies_the_migrations_and_shows_no_password()
    {
        await using var database = TestDatabase.Create(DatabaseKind.Postgres);

        var result = await CliRunner.RunRawAsync("db", "migrate", "--provider", "postgres", "--connection", database.ConnectionString + ";Password=not-shown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PostgreSQL (", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("not-shown", result.Out, StringComparison.Ordinal);
        Assert.Matches("Applied \\d+ migrations?: \\d{14}_Initial", result.Out); // however many migrations later features add
    }

    public void Dispose() => _cli.Dispose();
}
