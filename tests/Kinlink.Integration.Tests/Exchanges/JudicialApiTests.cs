using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Exchanges;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Exchanges;

public class JudicialApiTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_proceeding_goes_from_charges_to_trial_to_sentence_flags_short_notice_and_holds_the_person_until_the_sentence_is_completed(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var before = await AuditTestKit.LastSequenceAsync(app);

        var opened = await JudicialTestKit.OpenAsync(client, persons[0]);
        var reference = opened.GetProperty("reference").GetString()!;
        Assert.StartsWith("JUD-", reference, StringComparison.Ordinal);
        Assert.Equal("charged", opened.GetProperty("stage").GetString());
        Assert.True(opened.GetProperty("pending").GetBoolean());
        Assert.Equal("RU", opened.GetProperty("prosecutingParty").GetString());
        Assert.Equal(persons[0], opened.GetProperty("person").GetProperty("reference").GetString());
        var personId = await JudicialTestKit.PersonIdAsync(app, persons[0]);
        await using (var db = app.Database.NewContext())
        {
            Assert.Contains(personId, await JudicialLookups.PersonsWithPendingProceedingsAsync(db, [personId, await JudicialTestKit.PersonIdAsync(app, persons[1])]));
        }

        var trial = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/judicial/{reference.ToLowerInvariant()}/trial",
            new { trialDate = "2026-12-10", place = "Ростов-на-Дону", version = opened.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        Assert.Equal("trial-scheduled", trial.GetProperty("stage").GetString());
        Assert.True(trial.GetProperty("noticeShort").GetBoolean());

        var notified = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/judicial/{reference}/notification",
            new { notifiedOn = "2026-11-10", version = trial.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        Assert.False(notified.GetProperty("noticeShort").GetBoolean());
        Assert.Equal("2026-11-10", notified.GetProperty("notifiedOn").GetString());

        var sentenced = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/judicial/{reference}/sentence",
            new { sentencedOn = "2026-11-25", sentence = "Два роки позбавлення волі", endsOn = "2028-11-25", servedAt = TestRegistry.CampRu, version = notified.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        Assert.Equal("sentenced", sentenced.GetProperty("stage").GetString());
        Assert.True(sentenced.GetProperty("pending").GetBoolean());
        Assert.Equal(TestRegistry.CampRu, sentenced.GetProperty("servedAt").GetString());
        Assert.Equal(JsonValueKind.Null, sentenced.GetProperty("earliestExecutionOn").ValueKind);

        var pending = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/judicial?pending=true&party=RU&person={persons[0]}"), HttpStatusCode.OK);
        Assert.Equal(1, pending.GetProperty("total").GetInt32());

        var closed = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/judicial/{reference}/close",
            new { outcome = "sentence-completed", on = "2026-11-26", note = "Помилування", version = sentenced.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        Assert.Equal("sentence-completed", closed.GetProperty("stage").GetString());
        Assert.False(closed.GetProperty("pending").GetBoolean());
        await using (var db = app.Database.NewContext())
        {
            Assert.Empty(await JudicialLookups.PersonsWithPendingProceedingsAsync(db, [personId]));
        }

        var none = await VisitTestKit.ReadAsync(await client.GetAsync("/api/judicial?pending=true"), HttpStatusCode.OK);
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        var byStage = await VisitTestKit.ReadAsync(await client.GetAsync("/api/judicial?stage=sentence-completed"), HttpStatusCode.OK);
        Assert.Equal(reference, byStage.GetProperty("items")[0].GetProperty("reference").GetString());
        var read = await VisitTestKit.ReadAsync(await app.CreateClient("admin").GetAsync($"/api/judicial/{reference}"), HttpStatusCode.OK);
        Assert.Equal("Помилування", read.GetProperty("stageNote").GetString());

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 8);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.JudicialCreate) && e.Persons.Contains(personId));
        Assert.Equal(4, entries.Count(e => VisitTestKit.Has(e.Entry, AuditActions.JudicialChange)));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.JudicialList));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.JudicialRead));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_death_sentence_shows_the_earliest_day_it_may_be_carried_out_and_bad_input_names_each_field_storing_nothing(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("delegate");

        var refused = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/judicial",
            new { person = "KL-0000-0000", prosecutingParty = "XX", charges = " ", notifiedOn = "27.11.2026" }), HttpStatusCode.BadRequest);
        Assert.Equal(["charges", "notifiedOn", "person", "prosecutingParty"], VisitTestKit.Errors(refused).Order(StringComparer.Ordinal));
        await using (var db = app.Database.NewContext())
        {
            Assert.Equal(0, await db.JudicialProceedings.CountAsync());
        }

        var opened = await JudicialTestKit.OpenAsync(client, persons[1], "2026-11-01");
        var reference = opened.GetProperty("reference").GetString()!;
        var badSentence = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/judicial/{reference}/sentence",
            new { sentencedOn = "2026-11-20", sentence = "", servedAt = "NOWHERE-1", version = 0 }), HttpStatusCode.BadRequest);
        Assert.Contains("servedAt", VisitTestKit.Errors(badSentence));
        var noVersion = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/judicial/{reference}/trial", new { trialDate = "2026-12-20" }), HttpStatusCode.BadRequest);
        Assert.Contains("version", VisitTestKit.Errors(noVersion));
        var badOutcome = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/judicial/{reference}/close", new { outcome = "escaped", on = "2026-11-20", version = 0 }), HttpStatusCode.BadRequest);
        Assert.Contains("outcome", VisitTestKit.Errors(badOutcome));

        var sentenced = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/judicial/{reference}/sentence",
            new { sentencedOn = "2026-11-20", sentence = "Смертна кара", deathSentence = true, version = 0 }), HttpStatusCode.OK);
        Assert.Equal("2027-05-20", sentenced.GetProperty("earliestExecutionOn").GetString());
        Assert.True(sentenced.GetProperty("deathSentence").GetBoolean());

        var stale = await client.PostAsJsonAsync($"/api/judicial/{reference}/close", new { outcome = "sentence-completed", on = "2026-11-26", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var tried = await client.PostAsJsonAsync($"/api/judicial/{reference}/trial", new { trialDate = "2026-12-20", version = 1 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tried.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/judicial/JUD-0000-0000")).StatusCode);
        var badFilter = await VisitTestKit.ReadAsync(await client.GetAsync("/api/judicial?stage=hanged"), HttpStatusCode.BadRequest);
        Assert.Contains("stage", VisitTestKit.Errors(badFilter));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Party_accounts_and_readers_outside_the_exchanges_work_are_refused_every_proceeding_route(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var reference = (await JudicialTestKit.OpenAsync(app.CreateClient("caseworker"), persons[0])).GetProperty("reference").GetString()!;
        foreach (var (role, party) in new[] { ("bureau-officer", (string?)"RU"), ("liaison-officer", "UA"), ("analyst", null), ("dpo", null) })
        {
            var client = app.CreateClient(role, party);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/judicial")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/judicial/{reference}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/judicial", JudicialTestKit.OpenBody(persons[1]))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/judicial/{reference}/trial", new { trialDate = "2026-12-20", version = 0 })).StatusCode);
        }

        await using var db = app.Database.NewContext();
        Assert.Equal(1, await db.JudicialProceedings.CountAsync());
    }
}
