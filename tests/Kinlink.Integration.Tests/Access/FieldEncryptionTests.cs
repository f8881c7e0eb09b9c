using System.Security.Cryptography;
using Kinlink.Data.Access;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Access;

public sealed class FieldEncryptionTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_value_encrypted_for_a_person_decrypts_and_is_not_stored_in_clear(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var person = PersonId.New();

        var (cipher, stored, plain) = await harness.WithContextAsync(async db =>
        {
            var encryption = new FieldEncryption(db, harness.Keys, harness.Clock);
            var cipher = await encryption.EncryptForPersonAsync(person, "Харків, вул. Сумська 1");
            var stored = await db.PersonKeys.AsNoTracking().SingleAsync();
            return (cipher, stored, await new FieldEncryption(db, harness.Keys, harness.Clock).DecryptForPersonAsync(person, cipher));
        });

        Assert.Equal("Харків, вул. Сумська 1", plain);
        Assert.StartsWith("v1:", cipher, StringComparison.Ordinal);
        Assert.DoesNotContain("Сумська", cipher, StringComparison.Ordinal);
        Assert.Equal(person, stored.PersonId);
        Assert.StartsWith("v1:", stored.WrappedKey, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_altered_value_or_one_moved_to_another_person_fails_to_decrypt(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var (person, other) = (PersonId.New(), PersonId.New());
        await harness.WithContextAsync(async db =>
        {
            var encryption = new FieldEncryption(db, harness.Keys, harness.Clock);
            var cipher = await encryption.EncryptForPersonAsync(person, "secret");
            await encryption.EncryptForPersonAsync(other, "other");
            var bytes = Convert.FromBase64String(cipher[3..]);
            bytes[^1] ^= 1;

            await Assert.ThrowsAnyAsync<CryptographicException>(() => encryption.DecryptForPersonAsync(person, "v1:" + Convert.ToBase64String(bytes)));
            await Assert.ThrowsAnyAsync<CryptographicException>(() => encryption.DecryptForPersonAsync(other, cipher));
            return 0;
        });
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task General_fields_round_trip_bound_to_their_purpose_and_need_the_master_key(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        await harness.WithContextAsync(async db =>
        {
            var encryption = new FieldEncryption(db, harness.Keys, harness.Clock);
            var cipher = encryption.Encrypt("interview: seen on 2026-11-02", "interview-note");

            Assert.Equal("interview: seen on 2026-11-02", encryption.Decrypt(cipher, "interview-note"));
            Assert.ThrowsAny<CryptographicException>(() => encryption.Decrypt(cipher, "message-text"));
            Assert.ThrowsAny<CryptographicException>(() => new FieldEncryption(db, TestKeys.NewStore(), harness.Clock).Decrypt(cipher, "interview-note"));
            return await Task.FromResult(0);
        });
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Erasing_a_persons_key_makes_their_values_unreadable_and_leaves_the_trail_verifiable(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var person = await harness.WithPersonsAsync(s => s.RegisterAsync(new() { Surname = "Коваленко", GivenName = "Петро", Category = "pow", DependsOn = "UA", InformAddress = "Харків" }, AuditHarness.Caseworker));
        await harness.Trail.FlushAsync();
        var change = await ChangeAsync(harness, "inform_address");

        var erased = await harness.WithContextAsync(db => new FieldEncryption(db, harness.Keys, harness.Clock).EraseKeyAsync(person.Id));

        Assert.True(erased);
        await harness.WithContextAsync(async db =>
        {
            var encryption = new FieldEncryption(db, harness.Keys, harness.Clock);
            var ex = await Assert.ThrowsAsync<PersonKeyErasedException>(() => encryption.DecryptForPersonAsync(person.Id, change.After!));
            Assert.Equal(person.Id, ex.PersonId);
            return 0;
        });
        var verification = await harness.VerifyAsync();
        Assert.True(verification.Intact, verification.Reason);
        Assert.Equal(1, verification.Entries);
    }

    internal static async Task<AuditStoredChange> ChangeAsync(AuditHarness harness, string field)
    {
        var entries = await harness.EntriesAsync();
        return entries.Where(e => e.Entry.Changes is not null)
            .SelectMany(e => System.Text.Json.JsonSerializer.Deserialize<List<AuditStoredChange>>(e.Entry.Changes!)!)
            .Last(c => c.Field == field);
    }
}
