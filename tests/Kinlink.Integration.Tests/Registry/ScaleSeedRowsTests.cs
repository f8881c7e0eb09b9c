using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Seeding;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Registry;
using Kinlink.Integration.Tests.Tracing;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kinlink.Integration.Tests.Registry;

/// <summary>
/// The scale seed writes its rows past EF: these tests hold it to the rows the application itself writes, to the
/// same rows for the same seed, and to a registry that the searches and matching find their way through.
/// </summary>
public sealed class ScaleSeedRowsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] SeededTables =
        ["parties", "places", "persons", "person_name_forms", "name_search_keys", "person_match_subjects", "person_match_keys", "status_events", "transmissions"];

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_same_size_and_seed_give_the_same_rows_and_another_seed_other_rows(DatabaseKind kind)
    {
        var first = await FingerprintAsync(kind, 400, seed: 5);
        var second = await FingerprintAsync(kind, 400, seed: 5);
        var other = await FingerprintAsync(kind, 400, seed: 6);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_seeded_person_has_the_rows_saving_the_same_person_through_the_application_writes(DatabaseKind kind)
    {
        await using var seeded = TestDatabase.Create(kind);
        await seeded.MigrateAsync();
        await using (var db = seeded.NewContext())
        {
            await new ScaleSeeder(db, new FakeTimeProvider(Now)).SeedAsync(300, seed: 9);
        }

        // The person with the longest timeline, and a second name form where there is one.
        Person sample;
        List<Party> parties;
        List<PlaceOfDetention> places;
        await using (var db = seeded.NewContext())
        {
            var id = await db.StatusEvents.GroupBy(e => e.PersonId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
            sample = await db.Persons.AsNoTracking().Include(p => p.NameForms).Include(p => p.Events).SingleAsync(p => p.Id == id);
            parties = await db.Parties.AsNoTracking().ToListAsync();
            places = await db.Places.AsNoTracking().ToListAsync();
        }

        Assert.True(sample.Events.Count >= 3, $"{sample.Events.Count} events");
        await using var saved = TestDatabase.Create(kind);
        await saved.MigrateAsync();
        await using (var db = saved.NewContext())
        {
            db.Parties.AddRange(parties);
            db.Places.AddRange(places);
            await db.SaveChangesAsync();
            db.Persons.Add(sample);
            await db.SaveChangesAsync();
        }

        var personId = sample.Id.Value.ToString().ToUpperInvariant();
        foreach (var (table, sql) in RowsOfOnePerson(kind))
        {
            var expected = await RowsAsync(saved, sql, personId);
            var actual = await RowsAsync(seeded, sql, personId);
            Assert.NotEmpty(expected);
            Assert.True(expected.SequenceEqual(actual), $"{table}:\nsaved  {string.Join("\n       ", expected)}\nseeded {string.Join("\n       ", actual)}");
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_persons_list_the_name_search_and_enquiry_matching_find_seeded_persons(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ScaleSeeder>().SeedAsync(500, seed: 13);
            Assert.Equal(500, result.PersonsWritten);
            Assert.Equal(500 / ScaleEnquiries.PersonsPerEnquiry, result.EnquiriesWritten);
            // The families' contact details are stored sealed, and every enquiry has its match subject, as when opened through the application.
            var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
            var enquiries = await db.Enquiries.AsNoTracking().ToListAsync();
            Assert.Equal(result.EnquiriesWritten, enquiries.Count);
            Assert.All(enquiries, e => Assert.True(FieldEncryption.LooksSealed(e.EnquirerPhone), e.EnquirerPhone));
            Assert.Equal(enquiries.Count, await db.EnquiryMatchSubjects.CountAsync());
            Assert.Equal(enquiries.Count, await db.EnquiryKeys.CountAsync());
        }

        Person sought;
        string dependsOn;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
            sought = await db.Persons.AsNoTracking()
                .Where(p => p.GivenName != "" && p.Patronymic != "" && p.DateOfBirth != null && p.Sex == Sex.Male && p.CurrentStatus == PersonStatus.Held)
                .OrderBy(p => p.ServiceNumber).FirstAsync();
            dependsOn = (await db.Parties.SingleAsync(p => p.Id == sought.DependsOnPartyId)).Code;
        }

        using var client = app.CreateClient("caseworker");
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/persons?name={Uri.EscapeDataString(sought.Surname)}", Json);
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), p => p.GetProperty("reference").GetString() == sought.Reference.Value);

        var searched = await client.GetFromJsonAsync<JsonElement>(
            $"/api/persons/search?q={Uri.EscapeDataString($"{sought.Surname} {sought.GivenName} {sought.Patronymic}")}&dob={sought.DateOfBirth}", Json);
        Assert.Equal(sought.Reference.Value, searched.GetProperty("items")[0].GetProperty("reference").GetString());

        var enquiry = EnquiryTestKit.ValidBody(sought.Surname)
            .With("soughtPerson.givenName", sought.GivenName)
            .With("soughtPerson.patronymic", sought.Patronymic)
            .With("soughtPerson.dateOfBirth", sought.DateOfBirth!.ToString())
            .With("soughtPerson.placeOfBirth", null)
            .With("soughtPerson.serviceNumber", null)
            .With("soughtPerson.dependsOn", dependsOn.ToLowerInvariant());
        var reference = await EnquiryMatchingTests.OpenAsync(client, enquiry);
        await EnquiryMatchingTests.PassAsync(app);
        var candidates = await EnquiryMatchingTests.CandidatesAsync(client, reference);
        Assert.Contains(candidates, c => c.GetProperty("person").GetProperty("reference").GetString() == sought.Reference.Value);
    }

    /// <summary>Each table's rows for one person, every column but those the application itself draws at random or numbers per database.</summary>
    private static IEnumerable<(string Table, string Sql)> RowsOfOnePerson(DatabaseKind kind)
    {
        var id = kind == DatabaseKind.Sqlite ? "{0}" : "CAST({0} AS uuid)";
        string Where(string column) => $"\"{column}\" = {string.Format(CultureInfo.InvariantCulture, id, "@id")}";
        yield return ("persons", $"SELECT * FROM persons WHERE {Where("Id")}");
        yield return ("person_name_forms", $"SELECT * FROM person_name_forms WHERE {Where("PersonId")} ORDER BY \"Id\"");
        yield return ("status_events", $"SELECT * FROM status_events WHERE {Where("PersonId")} ORDER BY \"Sequence\"");
        // The key rows' own ids are drawn afresh on every save; their owner and text are what a search reads.
        yield return ("name_search_keys", $"SELECT \"PersonId\", \"NameFormId\", \"Key\" FROM name_search_keys WHERE {Where("PersonId")} ORDER BY \"Key\"");
        yield return ("person_match_subjects", $"SELECT \"Forms\" FROM person_match_subjects WHERE {Where("PersonId")}");
        yield return ("person_match_keys", $"SELECT k.\"Key\" FROM person_match_keys k JOIN person_match_subjects s ON s.\"Number\" = k.\"Number\" WHERE s.{Where("PersonId")} ORDER BY k.\"Key\"");
        yield return ("transmissions", $"SELECT \"RecipientPartyId\", \"PersonId\", \"Subject\", \"StatusEventId\", \"TransmittedAt\", \"AcknowledgedAt\" FROM transmissions WHERE {Where("PersonId")}");
    }

    private static async Task<List<string>> RowsAsync(TestDatabase database, string sql, string personId)
    {
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = database.Kind == DatabaseKind.Sqlite ? personId : personId.ToLowerInvariant();
        command.Parameters.Add(parameter);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={Text(reader.GetValue(i))}")));
        }

        return rows;
    }

    /// <summary>A hash of every seeded table's rows, every column, in a fixed order.</summary>
    private static async Task<string> FingerprintAsync(DatabaseKind kind, int persons, int seed)
    {
        await using var database = TestDatabase.Create(kind);
        await database.MigrateAsync();
        await using var db = database.NewContext();
        await new ScaleSeeder(db, new FakeTimeProvider(Now)).SeedAsync(persons, seed);
        await db.Database.OpenConnectionAsync();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in SeededTables)
        {
            var rows = new List<string>();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i)))));
            }

            Assert.NotEmpty(rows);
            rows.Sort(StringComparer.Ordinal);
            hash.AppendData(Encoding.UTF8.GetBytes($"{table}\n{string.Join("\n", rows)}\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string Text(object value) => value switch
    {
        DBNull => "null",
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
