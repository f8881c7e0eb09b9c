namespace Kinlink.Integration.Tests.Cli;

public sealed class TokensCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    private async Task CreateAccountAsync()
    {
        Assert.Equal(0, (await _cli.RunAsync("db", "migrate")).ExitCode);
        Assert.Equal(0, (await _cli.RunWithInputAsync("a long enough passphrase\n", "users", "create", "--email", "dpo@test.example", "--role", "dpo", "--password-stdin")).ExitCode);
    }

    [Fact]
    public async Task Create_prints_the_token_alone_list_never_shows_it_and_revoke_marks_it()
    {
        await CreateAccountAsync();

        var created = await _cli.RunAsync("tokens", "create", "--user", "dpo@test.example", "--name", "audit export", "--days", "7");

        Assert.Equal(0, created.ExitCode);
        var token = Assert.Single(created.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Matches("^kinlink_[A-Za-z0-9_-]{43}$", token);
        Assert.Contains("Created token 'audit export' for dpo@test.example", created.Error, StringComparison.Ordinal);

        var list = await _cli.RunAsync("tokens", "list", "--user", "dpo@test.example");
        Assert.Equal(0, list.ExitCode);
        var lines = list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("NAME", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^audit export\s+\d{4}-\d{2}-\d{2}\s+\d{4}-\d{2}-\d{2}\s+never\s+active$", lines[1]);
        Assert.DoesNotContain(token, list.Out, StringComparison.Ordinal);

        Assert.Equal(0, (await _cli.RunAsync("tokens", "revoke", "--user", "dpo@test.example", "--name", "audit export")).ExitCode);
        var after = await _cli.RunAsync("tokens", "list", "--user", "dpo@test.example");
        Assert.Contains("revoked", after.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_accounts_duplicate_names_unknown_tokens_and_bad_days_fail_in_one_line()
    {
        await CreateAccountAsync();
        Assert.Equal(0, (await _cli.RunAsync("tokens", "create", "--user", "dpo@test.example", "--name", "export")).ExitCode);

        (string[] Args, string Message)[] cases =
        [
            (["tokens", "create", "--user", "nobody@test.example", "--name", "x"], "error: Account 'nobody@test.example' was not found."),
            (["tokens", "create", "--user", "dpo@test.example", "--name", "export"], "error: dpo@test.example already has a token named 'export'"),
            (["tokens", "create", "--user", "dpo@test.example", "--name", "other", "--days", "0"], "error: days: The token must expire after 1 to 365 days"),
            (["tokens", "create", "--user", "dpo@test.example", "--name", "other", "--days", "366"], "error: days: The token must expire after 1 to 365 days"),
            (["tokens", "revoke", "--user", "dpo@test.example", "--name", "missing"], "error: API token of dpo@test.example 'missing' was not found."),
            (["tokens", "list", "--user", "nobody@test.example"], "error: Account 'nobody@test.example' was not found."),
        ];
        foreach (var (args, message) in cases)
        {
            var result = await _cli.RunAsync(args);
            Assert.Equal(1, result.ExitCode);
            Assert.Empty(result.Out);
            Assert.StartsWith(message, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        }

        var notNumber = await _cli.RunAsync("tokens", "create", "--user", "dpo@test.example", "--name", "other", "--days", "soon");
        Assert.Equal(2, notNumber.ExitCode);
        Assert.Contains("--days", Assert.Single(notNumber.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_tokens_commands()
    {
        var root = await CliRunner.RunRawAsync("--help");
        Assert.Matches(@"(?m)^\s+tokens\s+\S", root.Out);

        foreach (var command in new[] { "create", "list", "revoke" })
        {
            var help = await CliRunner.RunRawAsync("tokens", command, "--help");
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("--user", help.Out, StringComparison.Ordinal);
        }

        Assert.Contains("--days", (await CliRunner.RunRawAsync("tokens", "create", "--help")).Out, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
