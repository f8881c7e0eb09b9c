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

    [Fact]
    public async Task Seed_scale_writes_that_many_persons_and_refuses_a_second_run()
    {
        var first = await _cli.RunAsync("seed", "--scale", "2000", "--seed", "5");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Seeded 2,000 synthetic persons (cross-script generator, seed 5)", first.Out, StringComparison.Ordinal);
        Assert.Empty(first.Error);

        var second = await _cli.RunAsync("seed", "--scale", "2000", "--seed", "5");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already holds 2,000 persons", Assert.Single(second.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("Seeded", second.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--scale", "5", "--scale")]
    [InlineData("--scale", "20000000", "--scale")]
    [InlineData("--seed", "3", "--seed goes with --scale")]
    public async Task Seed_scale_with_a_bad_count_or_a_stray_seed_is_a_usage_error_naming_the_option(string option, string value, string named)
    {
        var result = await _cli.RunAsync("seed", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, string.Join('\n', result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.DatabaseFile), "A usage error must not touch the database.");
    }

    public void Dispose() => _cli.Dispose();
}
