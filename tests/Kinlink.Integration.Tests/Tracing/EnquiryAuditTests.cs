using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Integration.Tests.Access;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Tracing;

public class EnquiryAuditTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Opening_reading_and_listing_enquiries_are_each_recorded_without_the_names(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        using var client = app.CreateClient("caseworker");
        var before = await AuditTestKit.LastSequenceAsync(app);

        var created = await (await client.PostAsJsonAsync("/api/enquiries", EnquiryTestKit.ValidBody())).Content.ReadFromJsonAsync<JsonElement>();
        var reference = created.GetProperty("reference").GetString()!;
        (await client.GetAsync($"/api/enquiries/{reference}")).EnsureSuccessStatusCode();
        (await client.GetAsync("/api/enquiries?q=" + Uri.EscapeDataString("Коваленко"))).EnsureSuccessStatusCode();

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 3);
        var create = Assert.Single(entries, e => e.Entry.Action == AuditActions.EnquiryCreate);
        var read = Assert.Single(entries, e => e.Entry.Action == AuditActions.EnquiryRead);
        var list = Assert.Single(entries, e => e.Entry.Action == AuditActions.EnquiryList);
        foreach (var (entry, _) in new[] { create, read, list })
        {
            Assert.Equal("caseworker@test.example", entry.UserName);
            Assert.Contains(reference, entry.Summary, StringComparison.Ordinal);
            Assert.DoesNotContain("Коваленко", entry.Summary, StringComparison.Ordinal);
        }

        Assert.StartsWith("POST /api/enquiries", create.Entry.Request, StringComparison.Ordinal);
        Assert.Equal("GET /api/enquiries?q", list.Entry.Request);
    }
}
