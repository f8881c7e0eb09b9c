using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Cli;

public sealed class AuditCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Keys_init_creates_the_keys_in_the_data_directory_once()
    {
        var first = await _cli.RunAsync("keys", "init");
        var second = await _cli.RunAsync("keys", "init");

        var keysDirectory = Path.Combine(_cli.DataDirectory, "keys");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"Keys directory: {keysDirectory}", first.Out, StringComparison.Ordinal);
        Assert.Contains($"audit-hmac: {Path.Combine(keysDirectory, "audit-hmac.key")} (created)", first.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(keysDirectory, "field-encryption.key")));
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("(created)", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_verify_reports_an_intact_trail_and_fails_with_the_first_broken_entry()
    {
        Assert.Equal(0, (await _cli.RunAsync("db", "migrate")).ExitCode);
        var keys = new KeyStore(Path.Combine(_cli.DataDirectory, "keys"));
        await using (var trail = new AuditTrail(NewContext, keys, TimeProvider.System))
        {
            for (var i = 0; i < 3; i++)
            {
                trail.Record(new Actor("caseworker.anna", null), AuditActions.PersonRead, $"read {i}", [PersonId.New()]);
            }
        }

        var intact = await _cli.RunAsync("audit", "verify");
        await using (var db = NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"UserName\" = 'someone.else' WHERE \"Sequence\" = 2");
        }

        var broken = await _cli.RunAsync("audit", "verify");

        Assert.Equal((0, "audit trail intact: 3 entries"), (intact.ExitCode, intact.Out.Trim()));
        Assert.Equal(1, broken.ExitCode);
        Assert.StartsWith("audit trail broken at entry 2:", broken.Out.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_verify_refuses_to_check_without_the_key_rather_than_make_one_up()
    {
        Assert.Equal(0, (await _cli.RunAsync("db", "migrate")).ExitCode);
        var keysDirectory = Path.Combine(_cli.DataDirectory, "keys");
        await using (var trail = new AuditTrail(NewContext, new KeyStore(keysDirectory), TimeProvider.System))
        {
            trail.Record(new Actor("caseworker.anna", null), AuditActions.PersonRead, "read", [PersonId.New()]);
        }

        Directory.Delete(keysDirectory, recursive: true);
        var result = await _cli.RunAsync("audit", "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("restore the keys directory", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(keysDirectory, "audit-hmac.key")));
    }

    private SqliteKinlinkDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteKinlinkDbContext>().UseSqlite($"Data Source={_cli.DatabaseFile};Pooling=False").Options);

    public void Dispose() => _cli.Dispose();
}
