namespace Kinlink.Integration.Tests.Cli;

public sealed class SeedCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Seed_demo_migrates_and_seeds_an_empty_database_then_leaves_it_alone()
    {
        var first = await _cli.RunAsync("seed", "--demo");

        Assert.Equal(0, first.ExitCode);
        Assert.True(File.Exists(_cli.DatabaseFile));
        Assert.Matches("Applied \\d+ migrations?", first.Out);
        // 10,000 listed persons and the 8 a delegate registered a second time (the demo duplicate pairs).
        Assert.Contains("Seeded the demo data set: 10,008 persons", first.Out, StringComparison.Ordinal);
        Assert.Contains("Created 9 demo accounts", first.Out, StringComparison.Ordinal);
        Assert.Contains("admin@kinlink.example        admin            intermediary  two-factor key KINLINKDEMOKEYFORTHEADMINACCOUNT", first.Out, StringComparison.Ordinal);
        Assert.Empty(first.Error);

        var second = await _cli.RunAsync("seed", "--demo");

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("not empty: nothing seeded", second.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Seeded", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_without_saying_what_to_seed_is_a_usage_error()
    {
        var result = await _cli.RunAsync("seed");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--demo", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.DatabaseFile), "A usage error must not touch the database.");
    }

    public void Dispose() => _cli.Dispose();
}
