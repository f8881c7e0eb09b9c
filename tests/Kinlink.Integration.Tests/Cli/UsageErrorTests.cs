namespace Kinlink.Integration.Tests.Cli;

/// <summary>Bad input gets one line on standard error and a non-zero exit code, never a stack trace.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task An_unknown_option_is_refused_in_one_line()
    {
        var result = await _cli.RunAsync("db", "migrate", "--colour");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--colour", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(result.Out);
        Assert.False(File.Exists(_cli.DatabaseFile));
    }

    [Fact]
    public async Task A_missing_party_is_refused_in_one_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kinlink-cli-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "surname\nIvanov\n");
        try
        {
            var result = await _cli.RunAsync("import", "persons", file, "--source", "list of 2026-11-20");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--party", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Importing_a_file_that_does_not_exist_is_refused_in_one_line()
    {
        var result = await _cli.RunAsync("import", "persons", "missing.csv", "--party", "RU", "--source", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing.csv", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_command_group_without_a_command_is_refused_in_one_line()
    {
        var result = await _cli.RunAsync("db");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("kinlink db --help", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_provider_is_refused_in_one_line()
    {
        var result = await CliRunner.RunRawAsync("db", "migrate", "--provider", "Oracle", "--data-dir", _cli.DataDirectory);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Oracle", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_fails_in_one_line()
    {
        var result = await CliRunner.RunRawAsync("db", "migrate", "--provider", "Postgres", "--data-dir", _cli.DataDirectory);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ConnectionStrings:Kinlink", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_needs_somewhere_to_write()
    {
        var result = await _cli.RunAsync("export", "persons");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
