using System.Net;
using Kinlink.Data.Access;
using Kinlink.Data.Reports;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Visits;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Reports;

/// <summary>The summary per party on the demo world: its figures against the records themselves, the page marked confidential and audited.</summary>
public sealed class PartySummaryTests(ReportWorldFixture world) : IClassFixture<ReportWorldFixture>
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite, "RU")]
    [InlineData(DatabaseKind.Sqlite, "UA")]
    [InlineData(DatabaseKind.Postgres, "RU")]
    public async Task The_summary_counts_what_the_records_hold_for_that_party(DatabaseKind kind, string code)
    {
        var app = world.App(kind);
        PartySummary summary;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            summary = await scope.ServiceProvider.GetRequiredService<PartySummaryService>().SummaryAsync(code, new Actor("caseworker@test.example", null));
        }

        await using var db = app.Database.NewContext();
        var party = await db.Parties.SingleAsync(p => p.Code == code);
        var placeIds = await db.Places.Where(p => p.HoldingPartyId == party.Id).Select(p => p.Id).ToListAsync();
        var atPlaces = await db.Persons.Where(p => p.MergedIntoId == null && p.CurrentPlaceId != null).Select(p => p.CurrentPlaceId!.Value).ToListAsync();
        Assert.Equal(atPlaces.Count(placeIds.Contains), summary.HeldTotal);
        Assert.True(summary.HeldTotal > 0);

        var transmissions = await db.Transmissions.Where(t => t.RecipientPartyId == party.Id).Select(t => t.AcknowledgedAt).ToListAsync();
        Assert.Equal(transmissions.Count, summary.NotificationsPassed);
        Assert.Equal(transmissions.Count(a => a is null), summary.NotificationsUnacknowledged);

        var requests = await db.VisitRequests.Where(r => r.DetainingPartyId == party.Id).Select(r => new { r.Status, r.AnsweredAt }).ToListAsync();
        Assert.Equal(requests.Count, summary.VisitRequestsAsked);
        Assert.Equal(requests.Count(r => r.AnsweredAt is not null), summary.VisitRequestsAnswered);
        Assert.Equal(requests.Count(r => r.Status == VisitRequestStatus.Refused), summary.VisitRequestsRefused);

        var coverage = (await new HttpClientReader(app).CoverageAsync()).Single(p => p.PartyCode == code);
        Assert.Equal((coverage.Held, coverage.Seen, coverage.Overdue), (summary.Coverage!.Held, summary.Coverage.Seen, summary.Coverage.Overdue));

        var pending = await db.JudicialProceedings.Where(j => j.ProsecutingPartyId == party.Id).Select(j => new { j.Reference, j.Stage, j.NotifiedOn }).ToListAsync();
        var pendingRefs = pending.Where(j => JudicialProceeding.PendingStages.Contains(j.Stage)).Select(j => j.Reference).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pendingRefs, summary.PendingProceedings.Select(j => j.Reference).Order(StringComparer.Ordinal).ToList());
        Assert.All(summary.PendingProceedings, j => Assert.Equal(pending.Single(p => p.Reference == j.Reference).NotifiedOn, j.NotifiedOn));

        var exchanges = await db.Exchanges.Where(x => x.PartyAId == party.Id || x.PartyBId == party.Id).Select(x => x.Status).ToListAsync();
        Assert.Equal(exchanges.Count(s => s == ExchangeStatus.Executed), summary.ExchangesExecuted);
        Assert.Equal(exchanges.Count(s => s == ExchangeStatus.Preparing), summary.ExchangesPreparing);
        Assert.Equal(await db.DeathNotifications.CountAsync(d => d.ReportedByPartyId == party.Id), summary.DeathsNotified);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_printable_page_is_marked_confidential_dated_in_the_readers_culture_and_audited(DatabaseKind kind)
    {
        var app = world.App(kind);
        var before = await AuditTestKit.LastSequenceAsync(app);
        var (response, html) = await app.Browser("delegate").GetPageAsync("/Reports/Parties/RU".WithCulture("uk"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = HtmlPage.VisibleText(html);
        Assert.Contains(UiResources.Text("uk", "PartySummary.Confidential"), text, StringComparison.Ordinal);
        Assert.Contains("27.11.2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var entries = await AuditTestKit.EntriesAfterAsync(app, before);
        var entry = Assert.Single(entries, e => e.Entry.Action.Split(',').Contains(AuditActions.PartySummaryRead)).Entry;
        Assert.Equal("delegate@test.example", entry.UserName);
        Assert.Contains("party RU", entry.Summary, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    public async Task No_party_account_reads_a_summary_not_even_its_own_and_an_unknown_party_is_not_found(DatabaseKind kind)
    {
        var app = world.App(kind);
        foreach (var role in new[] { "bureau-officer", "liaison-officer" })
        {
            var own = await app.Browser(role, "RU").GetAsync("/Reports/Parties/RU");
            Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser("admin").GetAsync("/Reports/Parties/XX")).StatusCode);
        var (_, index) = await app.Browser("caseworker").GetPageAsync("/Reports");
        Assert.Contains("/Reports/Parties/RU", HtmlPage.Links(index));
        var (_, analystIndex) = await app.Browser("analyst").GetPageAsync("/Reports");
        Assert.DoesNotContain(HtmlPage.Links(analystIndex), l => l.StartsWith("/Reports/Parties/", StringComparison.Ordinal));
    }

    /// <summary>The coverage figures as the coverage service gives them to its page.</summary>
    private sealed class HttpClientReader(AppFixture app)
    {
        public async Task<IReadOnlyList<Kinlink.Data.Visits.PartyCoverage>> CoverageAsync()
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<Kinlink.Data.Visits.VisitCoverageService>().CoverageAsync(new Actor("analyst@test.example", null))).Parties;
        }
    }
}
