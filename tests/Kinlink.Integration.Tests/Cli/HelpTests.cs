namespace Kinlink.Integration.Tests.Cli;

public sealed class HelpTests
{
    [Fact]
    public async Task Help_lists_the_commands_and_the_database_options()
    {
        var result = await CliRunner.RunRawAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "db", "import", "export", "seed" })
        {
            Assert.Matches($@"(?m)^\s+{command}\s+\S", result.Out);
        }

        foreach (var option in new[] { "--provider", "--connection", "--data-dir" })
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }

        Assert.Empty(result.Error);
    }

    [Theory]
    [InlineData("db", "migrate")]
    [InlineData("import", "persons")]
    [InlineData("export", "persons")]
    [InlineData("seed")]
    public async Task Every_command_has_help_with_a_description(params string[] command)
    {
        var result = await CliRunner.RunRawAsync([.. command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Description:", result.Out, StringComparison.Ordinal);
        Assert.Contains("--data-dir", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_help_names_the_file_party_and_source()
    {
        var result = await CliRunner.RunRawAsync("import", "persons", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<file>", result.Out, StringComparison.Ordinal);
        Assert.Contains("--party", result.Out, StringComparison.Ordinal);
        Assert.Contains("--source", result.Out, StringComparison.Ordinal);
    }
}
