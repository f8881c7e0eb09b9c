using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Tracing;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Tracing;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Exchanges;

/// <summary>The families' worklist: open enquiries whose person was released, repatriated or died, and nothing before the handover.</summary>
public class FamilyNewsTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Nothing_is_told_while_an_exchange_is_prepared_and_after_the_handover_the_family_appears_and_is_informed_once(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        using var family = app.Anonymous();
        var (enquiry, code) = await PublicEnquiryTestKit.FileValidAsync(family, "Коваленко");
        await EnquiryCaseTestKit.MoveToLocatedAsync(app, enquiry, await JudicialTestKit.PersonIdAsync(app, persons[0]));
        var (_, statusBefore) = await PublicEnquiryTestKit.CheckAsync(family, enquiry, code);
        var client = app.CreateClient("caseworker");

        var exchange = await JudicialTestKit.PreparedExchangeAsync(app, persons[0], persons[1]);
        var empty = await VisitTestKit.ReadAsync(await client.GetAsync("/api/family-news"), HttpStatusCode.OK);
        Assert.Equal(0, empty.GetArrayLength());
        var (_, statusPrepared) = await PublicEnquiryTestKit.CheckAsync(family, enquiry, code);
        Assert.Equal(HtmlPage.VisibleText(statusBefore), HtmlPage.VisibleText(statusPrepared));
        Assert.DoesNotContain(exchange, statusPrepared, StringComparison.Ordinal);
        using var browser = app.Browser("caseworker");
        var (_, casePage) = await browser.GetPageAsync($"/Tracing/Enquiries/{enquiry}?culture=en");
        Assert.DoesNotContain("family-news", casePage, StringComparison.Ordinal);

        await JudicialTestKit.ExecuteAsync(app, exchange);
        var before = await AuditTestKit.LastSequenceAsync(app);
        var list = await VisitTestKit.ReadAsync(await client.GetAsync("/api/family-news"), HttpStatusCode.OK);
        var row = Assert.Single(list.EnumerateArray());
        Assert.Equal(enquiry, row.GetProperty("enquiry").GetString());
        Assert.Equal(persons[0], row.GetProperty("person").GetProperty("reference").GetString());
        Assert.Equal("repatriated", row.GetProperty("outcome").GetString());
        Assert.Equal("2026-11-26", row.GetProperty("outcomeDate").GetString());
        Assert.Equal($"exchange {exchange}", row.GetProperty("source").GetString());
        Assert.False(string.IsNullOrWhiteSpace(row.GetProperty("enquirer").GetString()));
        casePage = (await browser.GetPageAsync($"/Tracing/Enquiries/{enquiry}?culture=en")).Html;
        Assert.Contains("family-news", casePage, StringComparison.Ordinal);
        Assert.Contains("href=\"/Exchanges/Families\"", casePage, StringComparison.Ordinal);

        var eventId = row.GetProperty("event").GetString();
        var badChannel = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/family-news/{enquiry}/informed", new { @event = eventId, channel = "pigeon" }), HttpStatusCode.BadRequest);
        Assert.Equal(["channel"], VisitTestKit.Errors(badChannel));
        var notDead = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/family-news/{enquiry}/informed", new { @event = eventId, channel = "phone", reportDead = true, version = 0 }), HttpStatusCode.BadRequest);
        Assert.Equal(["reportDead"], VisitTestKit.Errors(notDead));
        await using (var db = app.Database.NewContext())
        {
            Assert.Equal(0, await db.FamilyNotices.CountAsync());
        }

        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/family-news/{enquiry}/informed", new { @event = eventId, channel = "phone", note = "Мати плакала від радості" }), HttpStatusCode.OK);
        var after = await VisitTestKit.ReadAsync(await client.GetAsync("/api/family-news"), HttpStatusCode.OK);
        Assert.Equal(0, after.GetArrayLength());
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await client.PostAsJsonAsync($"/api/family-news/{enquiry}/informed", new { @event = eventId, channel = "phone" })).StatusCode);
        await using (var db = app.Database.NewContext())
        {
            var notice = await db.FamilyNotices.SingleAsync();
            Assert.Equal(ContactChannel.Phone, notice.Channel);
            Assert.Equal(Domain.Registry.StatusEventKind.Repatriated, notice.OutcomeKind);
            var parsed = EnquiryReference.Parse(enquiry);
            var enquiryId = await db.Enquiries.Where(e => e.Reference == parsed).Select(e => e.Id).SingleAsync();
            var contact = (await db.EnquiryContacts.Where(c => c.EnquiryId == enquiryId).ToListAsync()).Single(c => c.Summary.Contains(exchange, StringComparison.Ordinal));
            Assert.Equal(ContactDirection.Outgoing, contact.Direction);
            Assert.Contains("Мати плакала від радості", contact.Summary, StringComparison.Ordinal);
        }

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 2);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.FamilyNewsList));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.FamilyNewsInformed));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_death_reaches_every_enquiry_of_the_case_moves_it_to_reported_dead_when_asked_and_a_correction_takes_it_back(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var personId = await JudicialTestKit.PersonIdAsync(app, persons[2]);
        var mother = await EnquiryCaseTestKit.CreateAsync(app, "Бондаренко");
        await EnquiryCaseTestKit.MoveToLocatedAsync(app, mother, personId);
        // The wife's enquiry joined the mother's case and has no person of its own: it is about the case's person.
        var wife = await EnquiryCaseTestKit.CreateAsync(app, "Бондаренко");
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Data.Tracing.EnquiryReviewService>().LinkCaseAsync(wife, mother, "Same man", JudicialTestKit.Staff);
        }

        var other = await EnquiryCaseTestKit.CreateAsync(app, "Шевченко");
        await EnquiryCaseTestKit.LinkAsync(app, other, await JudicialTestKit.PersonIdAsync(app, persons[1]));
        await JudicialTestKit.RecordEventAsync(app, persons[1], "transferred", "2026-11-20", "list", place: TestRegistry.ColonyRu);
        await JudicialTestKit.RecordEventAsync(app, persons[2], "died", "2026-11-25", "death notification DTH-TEST-0001");
        var client = app.CreateClient("delegate");

        var list = (await VisitTestKit.ReadAsync(await client.GetAsync("/api/family-news"), HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(new[] { mother, wife }.Order(StringComparer.Ordinal), list.Select(r => r.GetProperty("enquiry").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(list, r => Assert.Equal("died", r.GetProperty("outcome").GetString()));
        Assert.All(list, r => Assert.Equal("death notification DTH-TEST-0001", r.GetProperty("source").GetString()));

        var motherRow = list.Single(r => r.GetProperty("enquiry").GetString() == mother);
        var stale = await client.PostAsJsonAsync($"/api/family-news/{mother}/informed",
            new { @event = motherRow.GetProperty("event").GetString(), channel = "in-person", reportDead = true, version = motherRow.GetProperty("enquiryVersion").GetInt32() - 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/family-news/{mother}/informed",
            new { @event = motherRow.GetProperty("event").GetString(), channel = "in-person", reportDead = true, version = motherRow.GetProperty("enquiryVersion").GetInt32() }), HttpStatusCode.OK);
        await using (var db = app.Database.NewContext())
        {
            var parsed = EnquiryReference.Parse(mother);
            Assert.Equal(EnquiryStatus.ReportedDead, await db.Enquiries.Where(e => e.Reference == parsed).Select(e => e.Status).SingleAsync());
        }

        var left = Assert.Single((await VisitTestKit.ReadAsync(await client.GetAsync("/api/family-news"), HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(wife, left.GetProperty("enquiry").GetString());

        // The death proves wrong: a correction puts the person back in the camp, and there is no longer news to tell.
        await JudicialTestKit.RecordEventAsync(app, persons[2], "registered", "2026-11-26", "correction after a wrong report", correction: true, place: TestRegistry.CampRu);
        Assert.Equal(0, (await VisitTestKit.ReadAsync(await client.GetAsync("/api/family-news"), HttpStatusCode.OK)).GetArrayLength());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_worklist_names_enquirers_so_party_accounts_analysts_and_the_data_protection_officer_are_refused(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var enquiry = await EnquiryCaseTestKit.CreateAsync(app, "Коваленко");
        await EnquiryCaseTestKit.LinkAsync(app, enquiry, await JudicialTestKit.PersonIdAsync(app, persons[0]));
        await JudicialTestKit.RecordEventAsync(app, persons[0], "released", "2026-11-26", "list");
        var row = Assert.Single((await VisitTestKit.ReadAsync(await app.CreateClient("admin").GetAsync("/api/family-news"), HttpStatusCode.OK)).EnumerateArray());
        foreach (var (role, party) in new[] { ("bureau-officer", (string?)"RU"), ("liaison-officer", "UA"), ("analyst", null), ("dpo", null) })
        {
            var client = app.CreateClient(role, party);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/family-news")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden,
                (await client.PostAsJsonAsync($"/api/family-news/{enquiry}/informed", new { @event = row.GetProperty("event").GetString(), channel = "phone" })).StatusCode);
        }

        await using var db = app.Database.NewContext();
        Assert.Equal(0, await db.FamilyNotices.CountAsync());
    }
}
