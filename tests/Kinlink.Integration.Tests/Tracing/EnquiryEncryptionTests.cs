using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Configuration;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Tracing;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Tracing;

public class EnquiryEncryptionTests
{
    private const string Phone = "+380 67 123 45 67";
    private const string Email = "h.kovalenko@example.org";

    private static async Task<(AppFixture App, HttpClient Client, string Reference)> StartWithEnquiryAsync(DatabaseKind kind)
    {
        var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var client = app.CreateClient("caseworker");
        var response = await client.PostAsJsonAsync("/api/enquiries", EnquiryTestKit.ValidBody());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (app, client, created.GetProperty("reference").GetString()!);
    }

    private static async Task<string[]> StoredConfidentialAsync(AppFixture app, string reference)
    {
        await using var db = app.Database.NewContext();
        var enquiryReference = EnquiryReference.Parse(reference);
        var row = await db.Enquiries.AsNoTracking().Where(e => e.Reference == enquiryReference)
            .Select(e => new[] { e.EnquirerPhone, e.EnquirerEmail, e.EnquirerPostalAddress, e.HowNewsCame }).SingleAsync();
        return row;
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_stored_columns_hold_no_contact_detail_and_the_service_gives_them_back(DatabaseKind kind)
    {
        var (app, client, reference) = await StartWithEnquiryAsync(kind);
        await using var _ = app;

        var stored = await StoredConfidentialAsync(app, reference);
        Assert.All(stored, value => Assert.StartsWith("v1:", value, StringComparison.Ordinal));
        var everything = string.Join('|', stored);
        Assert.DoesNotContain("67 123", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Шевченка", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("побратима", everything, StringComparison.Ordinal);
        await using (var db = app.Database.NewContext())
        {
            Assert.Equal(1, await db.EnquiryKeys.CountAsync());
        }

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}");
        Assert.Equal(Phone, read.GetProperty("enquirer").GetProperty("phone").GetString());
        Assert.Equal(Email, read.GetProperty("enquirer").GetProperty("email").GetString());
        Assert.Equal("вул. Шевченка 1, кв. 5\nКиїв 01001", read.GetProperty("enquirer").GetProperty("postalAddress").GetString());
        Assert.Equal("Телефонний дзвінок від побратима", read.GetProperty("circumstances").GetProperty("howNewsCame").GetString());
        Assert.False(read.GetProperty("confidentialFieldsErased").GetBoolean());
        // Names stay in clear, so the list still finds the enquiry by the enquirer's name.
        var found = await client.GetFromJsonAsync<JsonElement>("/api/enquiries?q=" + Uri.EscapeDataString("Галина"));
        Assert.Equal(1, found.GetProperty("total").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Erasing_the_enquirys_key_makes_its_contact_details_unreadable_and_the_api_says_so(DatabaseKind kind)
    {
        var (app, client, reference) = await StartWithEnquiryAsync(kind);
        await using var _ = app;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
            var enquiryReference = EnquiryReference.Parse(reference);
            var id = await db.Enquiries.Where(e => e.Reference == enquiryReference).Select(e => e.Id).SingleAsync();
            Assert.True(await scope.ServiceProvider.GetRequiredService<FieldEncryption>().EraseEnquiryKeyAsync(id));
        }

        var response = await client.GetAsync($"/api/enquiries/{reference}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(read.GetProperty("confidentialFieldsErased").GetBoolean());
        Assert.Contains("erased", read.GetProperty("erasureNotice").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, read.GetProperty("enquirer").GetProperty("phone").ValueKind);
        Assert.Equal(JsonValueKind.Null, read.GetProperty("enquirer").GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, read.GetProperty("enquirer").GetProperty("postalAddress").ValueKind);
        Assert.Equal(JsonValueKind.Null, read.GetProperty("circumstances").GetProperty("howNewsCame").ValueKind);
        // What is not encrypted stays: the case's names and history.
        Assert.Equal("Коваленко", read.GetProperty("soughtPerson").GetProperty("surname").GetString());
        Assert.Equal("Бахмут", read.GetProperty("circumstances").GetProperty("lastNewsPlace").GetString());
        // The stored text is still there, and still not readable.
        Assert.All(await StoredConfidentialAsync(app, reference), value => Assert.StartsWith("v1:", value, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Enquiries_stored_in_clear_before_are_encrypted_when_the_database_is_migrated(DatabaseKind kind)
    {
        var (app, client, reference) = await StartWithEnquiryAsync(kind);
        await using var _ = app;
        var enquiryReference = EnquiryReference.Parse(reference);
        // The row as the first slice stored it: plain columns and no key.
        await using (var db = app.Database.NewContext())
        {
            await db.Enquiries.Where(e => e.Reference == enquiryReference).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.EnquirerPhone, Phone).SetProperty(e => e.EnquirerEmail, Email)
                .SetProperty(e => e.EnquirerPostalAddress, "Київ").SetProperty(e => e.HowNewsCame, "лист"));
            await db.EnquiryKeys.ExecuteDeleteAsync();
        }

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        var stored = await StoredConfidentialAsync(app, reference);
        Assert.All(stored, value => Assert.True(FieldEncryption.LooksSealed(value), value));
        Assert.DoesNotContain("example.org", string.Join('|', stored), StringComparison.Ordinal);
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}");
        Assert.Equal(Phone, read.GetProperty("enquirer").GetProperty("phone").GetString());
        Assert.Equal(Email, read.GetProperty("enquirer").GetProperty("email").GetString());
        Assert.Equal("Київ", read.GetProperty("enquirer").GetProperty("postalAddress").GetString());
        Assert.Equal("лист", read.GetProperty("circumstances").GetProperty("howNewsCame").GetString());

        // A second run finds nothing left to do.
        await using var again = app.Factory.Services.CreateAsyncScope();
        var db2 = again.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        Assert.Equal(0, await new Data.Tracing.EnquiryEncryptionBackfill(db2, again.ServiceProvider.GetRequiredService<FieldEncryption>()).RunAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Saving_an_enquiry_with_a_contact_detail_in_clear_is_refused(DatabaseKind kind)
    {
        var (app, _, reference) = await StartWithEnquiryAsync(kind);
        await using var __ = app;
        await using var db = app.Database.NewContext();
        var enquiryReference = EnquiryReference.Parse(reference);
        var enquiry = await db.Enquiries.SingleAsync(e => e.Reference == enquiryReference);
        enquiry.ReplaceConfidentialText(Phone, enquiry.EnquirerEmail, enquiry.EnquirerPostalAddress, enquiry.HowNewsCame);

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains(nameof(Enquiry.EnquirerPhone), refusal.Message, StringComparison.Ordinal);
    }
}
