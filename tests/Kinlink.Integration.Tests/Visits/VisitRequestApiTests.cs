using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Integration.Tests.Access;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Visits;

public sealed class VisitRequestApiTests
{
    private static object Answer(string outcome, int version, string? visitAt = null, string? proposedAt = null, string? reason = null, params object[] persons) =>
        new { outcome, visitAt, proposedAt, reason, version, persons };

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_caseworker_asks_to_visit_three_named_prisoners_and_the_liaison_officer_accepts_two_and_refuses_one(DatabaseKind kind)
    {
        await using var world = await VisitWorld.StartAsync(kind);
        var before = await AuditTestKit.LastSequenceAsync(world.App);

        var created = await world.CreateAsync(world.Kovalenko, world.Shevchenko, world.Bondarenko);
        var reference = created.GetProperty("reference").GetString()!;
        Assert.StartsWith("VRQ-", reference, StringComparison.Ordinal);
        Assert.Equal(("awaiting-answer", "high", "RU", "RU-CAMP-01", "2026-12-10"), (created.GetProperty("status").GetString(), created.GetProperty("priority").GetString(),
            created.GetProperty("party").GetString(), created.GetProperty("place").GetString(), created.GetProperty("proposedFrom").GetString()));
        Assert.Equal(3, created.GetProperty("persons").GetArrayLength());
        Assert.All(created.GetProperty("persons").EnumerateArray(), p => Assert.Equal(("named", "pending"), (p.GetProperty("reason").GetString(), p.GetProperty("answer").GetString())));

        var liaison = world.Liaison("RU");
        var mine = await liaison.GetFromJsonAsync<JsonElement>("/api/party/visit-requests", VisitWorld.Json);
        Assert.Equal(reference, Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("reference").GetString());
        var seen = await liaison.GetFromJsonAsync<JsonElement>($"/api/party/visit-requests/{reference}", VisitWorld.Json);
        // Why the intermediary asks about each person stays with the intermediary.
        Assert.All(seen.GetProperty("persons").EnumerateArray(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("reason").ValueKind));

        world.App.Factory.Clock.Advance(TimeSpan.FromDays(2));
        var answered = await VisitWorld.ReadAsync(await liaison.PostAsJsonAsync($"/api/visit-requests/{reference}/answer", Answer("partly-accepted", 0, visitAt: "2026-12-11T10:00:00+03:00", persons:
        [
            new { personId = world.Kovalenko.Reference.Value, answer = "accepted" },
            new { personId = world.Shevchenko.Reference.Value, answer = "accepted" },
            new { personId = world.Bondarenko.Reference.Value, answer = "refused", reason = "Под следствием" },
        ])), HttpStatusCode.OK);

        Assert.Equal("partly-accepted", answered.GetProperty("status").GetString());
        Assert.Equal(new DateTimeOffset(2026, 12, 11, 7, 0, 0, TimeSpan.Zero), answered.GetProperty("visitAt").GetDateTimeOffset());
        Assert.Equal(world.App.Factory.Clock.GetUtcNow(), answered.GetProperty("answeredAt").GetDateTimeOffset());
        var byReference = answered.GetProperty("persons").EnumerateArray().ToDictionary(p => p.GetProperty("reference").GetString()!);
        Assert.Equal(("refused", "Под следствием"), (byReference[world.Bondarenko.Reference.Value].GetProperty("answer").GetString(), byReference[world.Bondarenko.Reference.Value].GetProperty("answerReason").GetString()));
        Assert.Equal("accepted", byReference[world.Kovalenko.Reference.Value].GetProperty("answer").GetString());

        var read = await world.Caseworker().GetFromJsonAsync<JsonElement>($"/api/visit-requests/{reference}", VisitWorld.Json);
        var events = read.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["sent", "answered"], events.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(("caseworker@test.example", "liaison-officer.ru@test.example"), (events[0].GetProperty("by").GetString(), events[1].GetProperty("by").GetString()));
        Assert.Equal(world.App.Factory.Clock.GetUtcNow(), events[1].GetProperty("at").GetDateTimeOffset());
        Assert.Equal("named", read.GetProperty("persons")[0].GetProperty("reason").GetString());

        var entries = await AuditTestKit.EntriesAfterAsync(world.App, before, atLeast: 5);
        var create = Assert.Single(entries, e => e.Entry.Action == AuditActions.VisitRequestCreate);
        Assert.Equal(3, create.Persons.Count);
        var answer = Assert.Single(entries, e => e.Entry.Action == AuditActions.VisitRequestAnswer);
        Assert.Contains(world.Bondarenko.Id, answer.Persons);
        Assert.Contains($"{world.Bondarenko.Reference.Value}=refused", answer.Entry.Summary, StringComparison.Ordinal);
        Assert.Contains(entries, e => e.Entry.Action == AuditActions.VisitRequestRead && e.Entry.UserName == "liaison-officer.ru@test.example");
        Assert.Contains(entries, e => e.Entry.Action == AuditActions.VisitRequestList);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_person_held_by_the_other_party_or_elsewhere_or_unknown_is_refused_with_the_line_named(DatabaseKind kind)
    {
        await using var world = await VisitWorld.StartAsync(kind);
        var body = new
        {
            party = "RU",
            place = TestRegistry.CampRu,
            proposedFrom = "2026-12-10",
            proposedTo = "2026-12-12",
            purpose = "Visit",
            persons = new[]
            {
                new { personId = world.Kovalenko.Reference.Value },
                new { personId = world.Ivanov.Reference.Value },
                new { personId = "KL-0000-0000" },
                new { personId = world.Melnyk.Reference.Value },
            },
        };
        var problem = await VisitWorld.ReadAsync(await world.Caseworker().PostAsJsonAsync("/api/visit-requests", body), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");

        Assert.False(errors.TryGetProperty("persons[0].personId", out _));
        Assert.Contains("not held by this party", errors.GetProperty("persons[1].personId")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("persons[2].personId", out _));
        Assert.Contains("RU-HOSP-01", errors.GetProperty("persons[3].personId")[0].GetString(), StringComparison.Ordinal);

        var badDates = await VisitWorld.ReadAsync(await world.Caseworker().PostAsJsonAsync("/api/visit-requests",
            new { party = "RU", place = TestRegistry.CampUa, proposedFrom = "10.12.2026", proposedTo = "2026-12-12", purpose = "" }), HttpStatusCode.BadRequest);
        var dateErrors = badDates.GetProperty("errors");
        Assert.True(dateErrors.TryGetProperty("proposedFrom", out _));
        Assert.True(dateErrors.TryGetProperty("place", out _));
        Assert.True(dateErrors.TryGetProperty("purpose", out _));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Another_partys_officer_never_learns_of_a_request_and_only_a_liaison_officer_answers(DatabaseKind kind)
    {
        await using var world = await VisitWorld.StartAsync(kind);
        var reference = (await world.CreateAsync(world.Kovalenko)).GetProperty("reference").GetString()!;
        var other = world.Liaison("UA");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/party/visit-requests/{reference}")).StatusCode);
        var list = await other.GetFromJsonAsync<JsonElement>("/api/party/visit-requests", VisitWorld.Json);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/visit-requests/{reference}/answer", Answer("refused", 0, reason: "no"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.App.CreateClient("bureau-officer", "RU").PostAsJsonAsync($"/api/visit-requests/{reference}/answer", Answer("refused", 0, reason: "no"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Caseworker().PostAsJsonAsync($"/api/visit-requests/{reference}/answer", Answer("refused", 0, reason: "no"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Liaison("RU").GetAsync($"/api/visit-requests/{reference}")).StatusCode);

        var unchanged = await world.Caseworker().GetFromJsonAsync<JsonElement>($"/api/visit-requests/{reference}", VisitWorld.Json);
        Assert.Equal("awaiting-answer", unchanged.GetProperty("status").GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_worklist_selects_who_was_never_seen_or_not_for_long_the_wounded_and_those_sought_by_family_and_a_request_is_made_from_it(DatabaseKind kind)
    {
        await using var world = await VisitWorld.StartAsync(kind);
        var today = DateOnly.FromDateTime(world.App.Factory.Clock.GetUtcNow().UtcDateTime);
        await world.SeedVisitAsync(TestRegistry.CampRu, today.AddDays(-30), world.Kovalenko);
        await world.SeedVisitAsync(TestRegistry.CampRu, today.AddDays(-200), world.Shevchenko);
        var client = world.Caseworker();

        var stale = await client.GetFromJsonAsync<JsonElement>($"/api/visit-requests/worklist?party=RU&place={TestRegistry.CampRu}&notSeenForDays=90", VisitWorld.Json);
        var selected = stale.GetProperty("items").EnumerateArray().ToDictionary(e => e.GetProperty("reference").GetString()!);
        Assert.Equal(new[] { world.Bondarenko.Reference.Value, world.Shevchenko.Reference.Value }.Order(StringComparer.Ordinal), selected.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("not-visited-recently", selected[world.Shevchenko.Reference.Value].GetProperty("reasons")[0].GetString());
        Assert.Equal(today.AddDays(-200).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), selected[world.Shevchenko.Reference.Value].GetProperty("lastSeenOn").GetString());
        Assert.Equal("never-visited", selected[world.Bondarenko.Reference.Value].GetProperty("reasons")[0].GetString());
        Assert.Equal(JsonValueKind.Null, selected[world.Bondarenko.Reference.Value].GetProperty("lastSeenOn").ValueKind);

        var ill = await client.GetFromJsonAsync<JsonElement>("/api/visit-requests/worklist?party=RU&seriouslyIll=true", VisitWorld.Json);
        var wounded = Assert.Single(ill.GetProperty("items").EnumerateArray());
        Assert.Equal((world.Melnyk.Reference.Value, "seriously-ill", TestRegistry.HospitalRu),
            (wounded.GetProperty("reference").GetString(), wounded.GetProperty("reasons")[0].GetString(), wounded.GetProperty("place").GetString()));

        var enquiry = await Tracing.EnquiryCaseTestKit.CreateAsync(world.App);
        await Tracing.EnquiryCaseTestKit.LinkAsync(world.App, enquiry, world.Kovalenko.Id);
        var sought = await client.GetFromJsonAsync<JsonElement>("/api/visit-requests/worklist?party=RU&enquiryPending=true", VisitWorld.Json);
        Assert.Equal((world.Kovalenko.Reference.Value, "family-enquiry-pending"),
            (Assert.Single(sought.GetProperty("items").EnumerateArray()).GetProperty("reference").GetString(), sought.GetProperty("items")[0].GetProperty("reasons")[0].GetString()));

        // The UA-held Russian is never in RU's worklist.
        var all = await client.GetFromJsonAsync<JsonElement>("/api/visit-requests/worklist?party=RU&notSeenForDays=1", VisitWorld.Json);
        Assert.DoesNotContain(all.GetProperty("items").EnumerateArray(), e => e.GetProperty("reference").GetString() == world.Ivanov.Reference.Value);

        var created = await VisitWorld.ReadAsync(await client.PostAsJsonAsync("/api/visit-requests", new
        {
            party = "RU",
            place = TestRegistry.CampRu,
            proposedFrom = "2026-12-10",
            proposedTo = "2026-12-12",
            purpose = "Persons not seen for three months",
            persons = new[] { new { personId = world.Kovalenko.Reference.Value, reason = "family-enquiry-pending" } },
            fromWorklist = new { notSeenForDays = 90 },
        }), HttpStatusCode.Created);
        var reasons = created.GetProperty("persons").EnumerateArray().ToDictionary(p => p.GetProperty("reference").GetString()!, p => p.GetProperty("reason").GetString());
        Assert.Equal(3, reasons.Count);
        Assert.Equal("family-enquiry-pending", reasons[world.Kovalenko.Reference.Value]);
        Assert.Equal("not-visited-recently", reasons[world.Shevchenko.Reference.Value]);
        Assert.Equal("never-visited", reasons[world.Bondarenko.Reference.Value]);

        var wrongParty = await VisitWorld.ReadAsync(await client.PostAsJsonAsync("/api/visit-requests", new
        {
            party = "RU", proposedFrom = "2026-12-10", proposedTo = "2026-12-12", purpose = "x", fromWorklist = new { party = "UA" },
        }), HttpStatusCode.BadRequest);
        Assert.True(wrongParty.GetProperty("errors").TryGetProperty("fromWorklist.party", out _));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Accepted_refused_and_another_date_then_accepted_by_the_intermediary(DatabaseKind kind)
    {
        await using var world = await VisitWorld.StartAsync(kind);
        var liaison = world.Liaison("RU");
        var caseworker = world.Caseworker();

        var first = (await world.CreateAsync(world.Kovalenko, world.Shevchenko)).GetProperty("reference").GetString()!;
        var accepted = await VisitWorld.ReadAsync(await liaison.PostAsJsonAsync($"/api/visit-requests/{first}/answer", Answer("accepted", 0, visitAt: "2026-12-10T09:30")), HttpStatusCode.OK);
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        Assert.All(accepted.GetProperty("persons").EnumerateArray(), p => Assert.Equal("accepted", p.GetProperty("answer").GetString()));
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 9, 30, 0, TimeSpan.Zero), accepted.GetProperty("visitAt").GetDateTimeOffset());

        var second = (await world.CreateAsync(world.Bondarenko)).GetProperty("reference").GetString()!;
        var noReason = await VisitWorld.ReadAsync(await liaison.PostAsJsonAsync($"/api/visit-requests/{second}/answer", Answer("refused", 0)), HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        var refused = await VisitWorld.ReadAsync(await liaison.PostAsJsonAsync($"/api/visit-requests/{second}/answer", Answer("refused", 0, reason: "Карантин")), HttpStatusCode.OK);
        Assert.Equal(("refused", "Карантин"), (refused.GetProperty("status").GetString(), refused.GetProperty("answerReason").GetString()));
        var again = await VisitWorld.ReadAsync(await caseworker.PostAsJsonAsync($"/api/visit-requests/{second}/ask-again",
            new { version = refused.GetProperty("version").GetInt32(), proposedFrom = "2027-01-10", proposedTo = "2027-01-12", note = "After the quarantine" }), HttpStatusCode.OK);
        Assert.Equal(("awaiting-answer", "2027-01-10", "pending"), (again.GetProperty("status").GetString(), again.GetProperty("proposedFrom").GetString(), again.GetProperty("persons")[0].GetProperty("answer").GetString()));

        var third = (await world.CreateAsync(world.Shevchenko)).GetProperty("reference").GetString()!;
        var badDate = await VisitWorld.ReadAsync(await liaison.PostAsJsonAsync($"/api/visit-requests/{third}/answer", Answer("other-date-proposed", 0, proposedAt: "next week")), HttpStatusCode.BadRequest);
        Assert.True(badDate.GetProperty("errors").TryGetProperty("proposedAt", out _));
        var otherDate = await VisitWorld.ReadAsync(await liaison.PostAsJsonAsync($"/api/visit-requests/{third}/answer", Answer("other-date-proposed", 0, proposedAt: "2026-12-20T11:00:00Z")), HttpStatusCode.OK);
        Assert.Equal("other-date-proposed", otherDate.GetProperty("status").GetString());
        var agreed = await VisitWorld.ReadAsync(await caseworker.PostAsJsonAsync($"/api/visit-requests/{third}/accept-proposed-date", new { version = otherDate.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        Assert.Equal("accepted", agreed.GetProperty("status").GetString());
        Assert.Equal(new DateTimeOffset(2026, 12, 20, 11, 0, 0, TimeSpan.Zero), agreed.GetProperty("visitAt").GetDateTimeOffset());
        Assert.Equal(["sent", "answered", "proposed-date-accepted"], agreed.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));

        var withdrawn = await VisitWorld.ReadAsync(await caseworker.PostAsJsonAsync($"/api/visit-requests/{third}/withdraw",
            new { version = agreed.GetProperty("version").GetInt32(), reason = "The person was repatriated" }), HttpStatusCode.OK);
        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        var answeredTwice = await liaison.PostAsJsonAsync($"/api/visit-requests/{third}/answer", Answer("accepted", withdrawn.GetProperty("version").GetInt32(), visitAt: "2026-12-20T11:00"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, answeredTwice.StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_request_unanswered_past_the_configured_wait_is_flagged_and_a_stale_version_gets_409(DatabaseKind kind)
    {
        await using var world = await VisitWorld.StartAsync(kind);
        var reference = (await world.CreateAsync(world.Kovalenko)).GetProperty("reference").GetString()!;
        var caseworker = world.Caseworker();

        world.App.Factory.Clock.Advance(TimeSpan.FromDays(14));
        var onTime = await caseworker.GetFromJsonAsync<JsonElement>($"/api/visit-requests/{reference}", VisitWorld.Json);
        Assert.False(onTime.GetProperty("overdue").GetBoolean());
        Assert.Equal(0, (await caseworker.GetFromJsonAsync<JsonElement>("/api/visit-requests?overdue=true", VisitWorld.Json)).GetProperty("total").GetInt32());

        world.App.Factory.Clock.Advance(TimeSpan.FromHours(1));
        var late = await caseworker.GetFromJsonAsync<JsonElement>("/api/visit-requests?overdue=true&party=RU", VisitWorld.Json);
        var line = Assert.Single(late.GetProperty("items").EnumerateArray());
        Assert.Equal((reference, true), (line.GetProperty("reference").GetString(), line.GetProperty("overdue").GetBoolean()));
        Assert.True((await world.Liaison("RU").GetFromJsonAsync<JsonElement>($"/api/party/visit-requests/{reference}", VisitWorld.Json)).GetProperty("overdue").GetBoolean());

        var staleAnswer = await world.Liaison("RU").PostAsJsonAsync($"/api/visit-requests/{reference}/answer", Answer("refused", 3, reason: "Нет"));
        Assert.Equal(HttpStatusCode.Conflict, staleAnswer.StatusCode);
        var answered = await VisitWorld.ReadAsync(await world.Liaison("RU").PostAsJsonAsync($"/api/visit-requests/{reference}/answer", Answer("refused", 0, reason: "Нет")), HttpStatusCode.OK);
        Assert.False(answered.GetProperty("overdue").GetBoolean());
        var stale = await caseworker.PostAsJsonAsync($"/api/visit-requests/{reference}/withdraw", new { version = 0, reason = "no longer needed" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var missingVersion = await VisitWorld.ReadAsync(await caseworker.PostAsJsonAsync($"/api/visit-requests/{reference}/withdraw", new { reason = "no longer needed" }), HttpStatusCode.BadRequest);
        Assert.True(missingVersion.GetProperty("errors").TryGetProperty("version", out _));
    }
}
