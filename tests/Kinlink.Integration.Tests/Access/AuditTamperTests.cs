using System.Security.Cryptography;
using Kinlink.Data.Access;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

/// <summary>
/// What the database alone cannot show: its newest entries cut off with the head row set back (the witness file
/// outside it still names the later entry), and a database restored without its keys (start-up refuses).
/// </summary>
public sealed class AuditTamperTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Cutting_off_the_newest_entries_and_setting_the_head_back_is_caught_by_the_witness(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        await harness.RecordReadsAsync(6);
        var entries = await harness.EntriesAsync();

        // Consistent in itself: entries 1 to 4, and a head that names entry 4 with its genuine MAC.
        await harness.ExecuteSqlAsync("DELETE FROM audit_entry_persons WHERE \"EntrySequence\" > 4; DELETE FROM audit_entries WHERE \"Sequence\" > 4");
        await harness.WithContextAsync(db => db.Set<AuditChainHead>().ExecuteUpdateAsync(s => s
            .SetProperty(h => h.LastSequence, 4).SetProperty(h => h.LastMac, entries[3].Entry.Mac)));
        var caught = await harness.VerifyAsync();
        File.Move(harness.Keys.AuditWitnessPath, harness.Keys.AuditWitnessPath + ".away");
        var withoutWitness = await harness.VerifyAsync();

        Assert.Equal((5L, 4L), (caught.BrokenAt!.Value, caught.Entries));
        Assert.Contains("entries 5 to 6 are missing from the end", caught.Reason, StringComparison.Ordinal);
        Assert.Contains("witness", caught.Reason, StringComparison.Ordinal);
        Assert.True(withoutWitness.Intact, "the database alone cannot show it; that is what the witness is for");
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_tail_rewritten_with_the_key_itself_differs_from_the_witness(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        await harness.RecordReadsAsync(6);
        var key = harness.Keys.Get(KeyStore.AuditHmac);

        // Someone with the key drops entry 6's person and re-signs it: every MAC checks.
        var (entry, _) = (await harness.EntriesAsync())[5];
        await harness.ExecuteSqlAsync("DELETE FROM audit_entry_persons WHERE \"EntrySequence\" = 6");
        entry.PersonCount = 0;
        entry.Mac = AuditChain.MacOf(key, entry, []);
        await harness.WithContextAsync(db => db.AuditEntries.Where(e => e.Sequence == 6).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.PersonCount, 0).SetProperty(e => e.Mac, entry.Mac)));
        await harness.WithContextAsync(db => db.Set<AuditChainHead>().ExecuteUpdateAsync(s => s.SetProperty(h => h.LastMac, entry.Mac)));

        var result = await harness.VerifyAsync();

        Assert.Equal(6, result.BrokenAt);
        Assert.Contains("witness", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_witness_only_moves_forward()
    {
        var directory = TestKeys.NewDirectory();
        try
        {
            var witness = new AuditWitness(Path.Combine(directory, AuditWitness.FileName));
            var mac = new string('a', 64);

            Assert.Null(witness.Read());
            Assert.True(await witness.AdvanceAsync(new AuditWitnessMark(5, mac)));
            Assert.False(await witness.AdvanceAsync(new AuditWitnessMark(3, new string('b', 64))));
            Assert.Equal(new AuditWitnessMark(5, mac), witness.Read());
            Assert.True(await witness.AdvanceAsync(new AuditWitnessMark(7, new string('c', 64))));
            Assert.Equal(7, witness.Read()!.Sequence);

            await File.WriteAllTextAsync(witness.Path, "7 not-a-mac\n");
            Assert.Contains("damaged", Assert.Throws<InvalidOperationException>(witness.Read).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Two_servers_sharing_the_keys_directory_keep_one_verifiable_chain_and_witness(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        await using var second = TestAudit.For(harness.Database, new KeyStore(harness.Keys.Directory));
        for (var i = 0; i < 10; i++)
        {
            (i % 2 == 0 ? harness.Trail : second).Record(AuditHarness.Caseworker, AuditActions.PersonRead, $"read {i}", [PersonId.New()]);
        }

        await Task.WhenAll(harness.Trail.FlushAsync(), second.FlushAsync());

        Assert.Equal(new AuditVerification(10, null, null), await harness.VerifyAsync());
        Assert.Equal(10, new AuditWitness(harness.Keys.AuditWitnessPath).Read()!.Sequence);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_web_app_refuses_to_start_on_a_database_restored_without_its_keys(DatabaseKind kind)
    {
        await using var database = TestDatabase.Create(kind);
        var keys = TestKeys.NewDirectory();
        var backup = TestKeys.NewDirectory();
        try
        {
            await using (var first = new KinlinkAppFactory(database, keysDirectory: keys))
            {
                _ = first.Server;
                first.Services.GetRequiredService<AuditTrail>().Record(new Actor("caseworker@test.example", null), AuditActions.PersonRead, "read", [PersonId.New()]);
            }

            CopyDirectory(keys, backup);
            Directory.Delete(keys, recursive: true);

            var refused = new KinlinkAppFactory(database, keysDirectory: keys);
            var failure = Assert.ThrowsAny<Exception>(() => refused.Server);
            await refused.DisposeAsync();

            Directory.Delete(keys, recursive: true);
            CopyDirectory(backup, keys);
            await using var restored = new KinlinkAppFactory(database, keysDirectory: keys);
            _ = restored.Server;

            Assert.Contains("Restore the keys directory (or the KINLINK_KEY_* variables) from the same backup as the database", Messages(failure), StringComparison.Ordinal);
            await using var db = database.NewContext();
            Assert.Equal(1, await db.AuditEntries.CountAsync());
        }
        finally
        {
            foreach (var directory in new[] { keys, backup }.Where(Directory.Exists))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_new_field_encryption_key_is_refused_too(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        harness.Trail.Record(AuditHarness.Caseworker, AuditActions.PersonUpdate, "edited", [PersonId.New()], [new AuditChange(PersonId.New(), "rank", "a", "b")]);
        await harness.Trail.FlushAsync();
        var rightKeys = harness.Keys;
        var wrongFieldKey = TestKeys.FromVariables(rightKeys.Get(KeyStore.AuditHmac), RandomNumberGenerator.GetBytes(32));

        await harness.WithContextAsync(async db =>
        {
            await new AuditReader(db, rightKeys).EnsureKeysFitAsync();
            return 0;
        });
        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.WithContextAsync(async db =>
        {
            await new AuditReader(db, wrongFieldKey).EnsureKeysFitAsync();
            return 0;
        }));

        Assert.Contains("field-encryption key", refusal.Message, StringComparison.Ordinal);
    }

    private static string Messages(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
            if (e is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(Messages));
            }
        }

        return string.Join(" | ", messages);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
