using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Access;
using Kinlink.Testing;
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

    [Fact]
    public async Task Audit_verify_reports_newest_entries_cut_off_with_the_head_set_back()
    {
        Assert.Equal(0, (await _cli.RunAsync("db", "migrate")).ExitCode);
        await using (var trail = new AuditTrail(NewContext, new KeyStore(Path.Combine(_cli.DataDirectory, "keys")), TimeProvider.System))
        {
            for (var i = 0; i < 3; i++)
            {
                trail.Record(new Actor("caseworker.anna", null), AuditActions.PersonRead, $"read {i}", [PersonId.New()]);
            }
        }

        await using (var db = NewContext())
        {
            var second = await db.AuditEntries.SingleAsync(e => e.Sequence == 2);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entry_persons WHERE \"EntrySequence\" = 3; DELETE FROM audit_entries WHERE \"Sequence\" = 3");
            await db.Set<AuditChainHead>().ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, 2).SetProperty(h => h.LastMac, second.Mac));
        }

        var result = await _cli.RunAsync("audit", "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("audit trail broken at entry 3: entries 3 to 3 are missing from the end: the witness outside the database saw entry 3", result.Out.Trim(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Each_command_writes_one_entry_naming_it_and_a_command_refuses_keys_that_do_not_fit(DatabaseKind kind)
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
        await File.WriteAllTextAsync(list, "service_number,surname,given_name,depends_on,category\nUA-1,Коваленко,Петро,UA,pow\nUA-2,Бондар,Іван,UA,pow\n");
        var imported = await CliRunner.RunRawAsync(["import", "persons", list, "--party", "RU", "--source", "list 1", .. target]);
        var exported = await CliRunner.RunRawAsync(["export", "persons", "--out", Path.Combine(_cli.DataDirectory, "out.csv"), .. target]);
        var entries = await AuditTestKit.ReadAsync(database, 0);

        Directory.Delete(Path.Combine(_cli.DataDirectory, "keys"), recursive: true);
        var refused = await CliRunner.RunRawAsync(["export", "persons", "--out", Path.Combine(_cli.DataDirectory, "again.csv"), .. target]);

        Assert.Equal((0, 0), (imported.ExitCode, exported.ExitCode));
        Assert.Equal(["kinlink import persons", "kinlink export persons"], entries.Select(e => e.Entry.Request));
        Assert.Equal([AuditActions.ListImport, AuditActions.PersonsExport], entries.Select(e => e.Entry.Action));
        Assert.Equal(2, entries[1].Persons.Count);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("from the same backup as the database", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.DataDirectory, "again.csv")));
        Assert.Equal(2, (await AuditTestKit.ReadAsync(database, 0)).Count);
    }

    private SqliteKinlinkDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteKinlinkDbContext>().UseSqlite($"Data Source={_cli.DatabaseFile};Pooling=False").Options);

    public void Dispose() => _cli.Dispose();
}
