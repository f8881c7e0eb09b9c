namespace Kinlink.Integration.Tests.Cli;

public sealed class UsersCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Creates_accounts_with_the_password_from_standard_input_and_lists_them()
    {
        Assert.Equal(0, (await _cli.RunAsync("db", "migrate")).ExitCode);
        // A fresh database has no parties: an intermediary account needs none.
        var created = await _cli.RunWithInputAsync("a long enough passphrase\n", "users", "create", "--email", "dpo@test.example", "--role", "dpo", "--password-stdin");
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("Created dpo@test.example: dpo, intermediary.", created.Out, StringComparison.Ordinal);
        Assert.Empty(created.Error);

        var list = await _cli.RunAsync("users", "list");
        Assert.Equal(0, list.ExitCode);
        var lines = list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("EMAIL             ROLE  ORGANISATION  LOCKED  2FA", lines[0]);
        Assert.Equal("dpo@test.example  dpo   intermediary  no      off", lines[1]);
    }

    [Theory]
    [InlineData("superuser", null, "a long enough passphrase", "role: 'superuser' is not a role")]
    [InlineData("bureau-officer", null, "a long enough passphrase", "party: The role bureau-officer belongs to a party's authority")]
    [InlineData("caseworker", "RU", "a long enough passphrase", "party: The role caseworker belongs to the intermediary")]
    [InlineData("analyst", null, "too short", "password: The password must be at least 12 characters long.")]
    public async Task Refuses_a_bad_role_a_missing_or_needless_party_and_a_short_password_in_one_line(string role, string? party, string password, string message)
    {
        Assert.Equal(0, (await _cli.RunAsync("db", "migrate")).ExitCode);
        string[] args = ["users", "create", "--email", "x@test.example", "--role", role, "--password-stdin", .. party is null ? Array.Empty<string>() : ["--party", party]];

        var result = await _cli.RunWithInputAsync(password + "\n", args);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: " + message, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_must_come_on_standard_input()
    {
        var result = await _cli.RunAsync("users", "create", "--email", "x@test.example", "--role", "dpo");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--password-stdin", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
