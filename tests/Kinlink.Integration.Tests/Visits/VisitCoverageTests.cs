using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kinlink.Data.Persistence;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Visits;

public sealed class VisitCoverageTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Coverage_counts_the_persons_held_seen_and_overdue_per_place_and_per_party(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await CoverageWorld.SeedAsync(app);
        using var client = app.CreateClient("analyst");

        var coverage = (await client.GetFromJsonAsync<JsonObject>("/api/visits/coverage"))!;

        Assert.Equal("2026-11-27", (string?)coverage["today"]);
        Assert.Equal(90, (int)coverage["revisitDays"]!);
        var places = coverage["places"]!.AsArray().ToDictionary(p => (string)p!["place"]!);
        // Released was seen but is no longer held; Seen200 was seen, too long ago; NotSeen and Never were never seen.
        AssertCounts(places["RU-CAMP-01"]!, held: 4, seen: 2, share: 0.5, overdue: 3, lastVisit: "2026-11-17");
        AssertCounts(places["UA-CAMP-01"]!, held: 2, seen: 1, share: 0.5, overdue: 1, lastVisit: "2026-10-28");
        AssertCounts(places["RU-IK-02"]!, held: 0, seen: 0, share: 0, overdue: 0, lastVisit: null);
        var parties = coverage["parties"]!.AsArray().ToDictionary(p => (string)p!["party"]!);
        Assert.Equal(["RU", "UA"], parties.Keys.Order());
        AssertCounts(parties["RU"]!, held: 4, seen: 2, share: 0.5, overdue: 3, lastVisit: "2026-11-17");
        AssertCounts(parties["UA"]!, held: 2, seen: 1, share: 0.5, overdue: 1, lastVisit: "2026-10-28");
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_overdue_list_puts_the_never_seen_first_then_the_longest_unseen_and_filters_by_party_and_place(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var world = await CoverageWorld.SeedAsync(app);
        using var client = app.CreateClient("delegate");

        var all = (await client.GetFromJsonAsync<JsonObject>("/api/visits/coverage/overdue"))!;
        Assert.Equal(4, (int)all["total"]!);
        var items = all["items"]!.AsArray();
        Assert.Equal(
            new[] { world["NotSeen"].Reference.Value, world["Never"].Reference.Value, world["NeverUa"].Reference.Value }.Order(StringComparer.Ordinal),
            items.Take(3).Select(i => (string)i!["reference"]!).Order(StringComparer.Ordinal));
        Assert.All(items.Take(3), i => Assert.Null((string?)i!["lastSeenOn"]));
        Assert.Equal(world["Seen200"].Reference.Value, (string?)items[3]!["reference"]);
        Assert.Equal(200, (int)items[3]!["daysSinceLastSeen"]!);
        Assert.Equal("2026-05-11", (string?)items[3]!["lastSeenOn"]);

        var ru = (await client.GetFromJsonAsync<JsonObject>("/api/visits/coverage/overdue?party=ru&pageSize=2"))!;
        Assert.Equal(3, (int)ru["total"]!);
        Assert.Equal(2, ru["items"]!.AsArray().Count);
        var second = (await client.GetFromJsonAsync<JsonObject>("/api/visits/coverage/overdue?party=RU&pageSize=2&page=2"))!;
        Assert.Equal(world["Seen200"].Reference.Value, (string?)second["items"]![0]!["reference"]);

        var place = (await client.GetFromJsonAsync<JsonObject>("/api/visits/coverage/overdue?place=UA-CAMP-01"))!;
        Assert.Equal([world["NeverUa"].Reference.Value], place["items"]!.AsArray().Select(i => (string)i!["reference"]!));

        using var unknown = await client.GetAsync("/api/visits/coverage/overdue?place=NOWHERE");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("\"place\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Answer_times_give_the_median_and_90th_percentile_days_and_the_refusal_shares_per_party(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var world = await CoverageWorld.SeedAsync(app);
        var now = app.Factory.Clock.GetUtcNow();
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
            var ru = await db.Parties.Where(p => p.Code == "RU").Select(p => p.Id).SingleAsync();
            var caseworker = new Actor("caseworker@test.example", null);
            var liaison = new Actor("liaison.ru@test.example", "RU");
            VisitRequest Request(DateTimeOffset sentAt, params string[] names)
            {
                var start = DateOnly.FromDateTime(sentAt.UtcDateTime).AddDays(40);
                var request = VisitRequest.Create(new VisitRequestDraft(ru, null, start, start.AddDays(5), "A visit", VisitPriority.Routine,
                    names.Select(n => new RequestedPerson(world[n].Id, VisitPersonReason.Named)).ToList()), caseworker, sentAt);
                db.VisitRequests.Add(request);
                return request;
            }

            PersonAnswerDraft Answer(string name, VisitPersonAnswer answer) => new(world[name].Id, answer, answer == VisitPersonAnswer.Refused ? "security" : null);
            var sent = now.AddDays(-60);
            // Two days to accept, four to refuse, ten to accept in part: median 4, 90th percentile 4 + 0.8 × 6 = 8.8.
            Request(sent, "Seen10").Answer(new VisitRequestAnswerDraft(VisitRequestStatus.Accepted, now.AddDays(10), null, null, [Answer("Seen10", VisitPersonAnswer.Accepted)]), liaison, sent.AddDays(2));
            Request(sent, "Seen200", "Never").Answer(new VisitRequestAnswerDraft(VisitRequestStatus.Refused, null, null, "Quarantine", []), liaison, sent.AddDays(4));
            Request(sent, "NotSeen", "Never", "Seen200").Answer(new VisitRequestAnswerDraft(VisitRequestStatus.PartlyAccepted, now.AddDays(10), null, null,
                [Answer("NotSeen", VisitPersonAnswer.Accepted), Answer("Never", VisitPersonAnswer.Accepted), Answer("Seen200", VisitPersonAnswer.Refused)]), liaison, sent.AddDays(10));
            // Awaiting: one sent 20 days ago (overdue after 14), one 3 days ago; a withdrawn one counts nowhere.
            Request(now.AddDays(-20), "Never");
            Request(now.AddDays(-3), "NotSeen");
            Request(now.AddDays(-30), "Seen10").Withdraw("Sent twice", caseworker, now.AddDays(-29));
            await db.SaveChangesAsync();
        }

        using var client = app.CreateClient("analyst");
        var parties = (await client.GetFromJsonAsync<JsonArray>("/api/visits/answer-times"))!.ToDictionary(p => (string)p!["party"]!);

        var ruTimes = parties["RU"]!;
        Assert.Equal(5, (int)ruTimes["requests"]!);
        Assert.Equal(3, (int)ruTimes["answered"]!);
        Assert.Equal(4.0, (double)ruTimes["medianDays"]!);
        Assert.Equal(8.8, (double)ruTimes["percentile90Days"]!);
        Assert.Equal(1, (int)ruTimes["refused"]!);
        Assert.Equal(0.3333, (double)ruTimes["refusedShare"]!);
        // Persons asked about in answered requests: 1 + 2 + 3; refused: the two of the refused request and one of the partial answer.
        Assert.Equal(6, (int)ruTimes["personsAsked"]!);
        Assert.Equal(3, (int)ruTimes["personsRefused"]!);
        Assert.Equal(0.5, (double)ruTimes["personsRefusedShare"]!);
        Assert.Equal(2, (int)ruTimes["awaiting"]!);
        Assert.Equal(1, (int)ruTimes["awaitingOverdue"]!);

        var uaTimes = parties["UA"]!;
        Assert.Equal(0, (int)uaTimes["requests"]!);
        Assert.Null(uaTimes["medianDays"]);
        Assert.Null(uaTimes["refusedShare"]);

        // The clock moves on: the second awaiting request passes the fourteen days too.
        app.Factory.Clock.Advance(TimeSpan.FromDays(12));
        var later = (await client.GetFromJsonAsync<JsonArray>("/api/visits/answer-times"))!.Single(p => (string?)p!["party"] == "RU")!;
        Assert.Equal(2, (int)later["awaitingOverdue"]!);
    }

    [Fact]
    public void Percentiles_interpolate_between_the_nearest_ranks()
    {
        Assert.Null(VisitCoverageService.Percentile([], 0.5));
        Assert.Equal(3.0, VisitCoverageService.Percentile([3], 0.9));
        Assert.Equal(2.5, VisitCoverageService.Percentile([1, 2, 3, 4], 0.5));
        Assert.Equal(3.7, VisitCoverageService.Percentile([1, 2, 3, 4], 0.9));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_partys_account_is_refused_everything_and_an_analyst_reads_coverage_but_not_the_sheet(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await CoverageWorld.SeedAsync(app);
        string[] coverageRoutes = ["/api/visits/coverage", "/api/visits/coverage/overdue", "/api/visits/answer-times", "/Visits/Coverage", "/Visits/Coverage/Overdue"];
        string[] sheetRoutes = ["/api/places/RU-CAMP-01/visit-sheet", "/api/places/RU-CAMP-01/visit-sheet?format=csv", "/Visits/Sheet/RU-CAMP-01"];
        foreach (var (role, party) in new[] { ("liaison-officer", "RU"), ("bureau-officer", "UA"), ("liaison-officer", "UA") })
        {
            using var partyClient = app.CreateClient(role, party);
            foreach (var route in coverageRoutes.Concat(sheetRoutes))
            {
                using var response = await partyClient.GetAsync(route);
                Assert.True(response.StatusCode is HttpStatusCode.Forbidden, $"{role}@{party} on {route}: {response.StatusCode}");
            }
        }

        using var analyst = app.CreateClient("analyst");
        foreach (var route in coverageRoutes)
        {
            using var response = await analyst.GetAsync(route);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"analyst on {route}: {response.StatusCode}");
        }

        foreach (var route in sheetRoutes)
        {
            using var response = await analyst.GetAsync(route);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    private static void AssertCounts(JsonNode row, int held, int seen, double share, int overdue, string? lastVisit)
    {
        Assert.Equal(held, (int)row["held"]!);
        Assert.Equal(seen, (int)row["seen"]!);
        Assert.Equal(share, (double)row["seenShare"]!);
        Assert.Equal(overdue, (int)row["overdue"]!);
        Assert.Equal(lastVisit, (string?)row["lastVisitOn"]);
    }
}
