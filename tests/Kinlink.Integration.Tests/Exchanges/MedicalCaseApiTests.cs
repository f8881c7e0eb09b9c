using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Mail;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Exchanges;

public class MedicalCaseApiTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_repatriation_decided_by_the_commission_goes_on_the_timeline_when_carried_out_and_stops_the_mail(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var parcel = (await ParcelTestKit.CreateParcelAsync(client, persons[0])).GetProperty("reference").GetString()!;
        var created = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/medical-cases", DeathMatrixKit.MedicalBody(persons[0])), HttpStatusCode.Created);
        var reference = created.GetProperty("reference").GetString()!;
        Assert.StartsWith("MED-", reference, StringComparison.Ordinal);
        Assert.Equal("proposed", created.GetProperty("status").GetString());
        Assert.Equal("incurable", created.GetProperty("grounds").GetString());
        Assert.DoesNotContain("Ампутация", created.GetRawText(), StringComparison.Ordinal);

        // Carrying out before the person said yes is refused: nobody is repatriated against their will.
        var decided = await Step(client, reference, "decision", new { examinedOn = "2026-11-20", examinationPlace = "Госпиталь № 2", decision = "repatriation", decisionCommunicatedOn = "2026-11-21" }, created);
        Assert.Equal("2027-02-21", decided.GetProperty("executionDueBy").GetString());
        Assert.False(decided.GetProperty("overdue").GetBoolean());
        var unwilling = await client.PostAsJsonAsync($"/api/medical-cases/{reference}/carry-out", new { version = decided.GetProperty("version").GetInt32(), carriedOutOn = "2026-11-26" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unwilling.StatusCode);
        var notPrivate = await client.PostAsJsonAsync($"/api/medical-cases/{reference}/wish", new { version = decided.GetProperty("version").GetInt32(), wish = "yes" });
        Assert.Equal(["heldInPrivate"], VisitTestKit.Errors(await VisitTestKit.ReadAsync(notPrivate, HttpStatusCode.BadRequest)));
        var wished = await Step(client, reference, "wish", new { wish = "yes", heldInPrivate = true }, decided);
        Assert.Equal("yes", wished.GetProperty("wish").GetString());

        var stale = await client.PostAsJsonAsync($"/api/medical-cases/{reference}/carry-out", new { version = decided.GetProperty("version").GetInt32(), carriedOutOn = "2026-11-26" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var done = await Step(client, reference, "carry-out", new { carriedOutOn = "2026-11-26" }, wished);
        Assert.Equal("repatriated", done.GetProperty("status").GetString());
        Assert.Equal("2026-11-26", done.GetProperty("carriedOutOn").GetString());

        var timeline = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/persons/{persons[0]}/events"), HttpStatusCode.OK);
        var repatriated = Assert.Single(timeline.EnumerateArray(), e => e.GetProperty("kind").GetString() == "repatriated");
        Assert.Equal($"medical repatriation {reference}", repatriated.GetProperty("source").GetString());
        Assert.Equal("undeliverable", (await VisitTestKit.ReadAsync(await client.GetAsync($"/api/parcels/{parcel}"), HttpStatusCode.OK)).GetProperty("status").GetString());
        var closed = await client.PostAsJsonAsync($"/api/medical-cases/{reference}/close", new { version = done.GetProperty("version").GetInt32(), note = "late" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, closed.StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_diagnosis_is_sealed_and_read_only_by_caseworkers_and_delegates_with_every_reading_audited(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var reference = (await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/medical-cases", DeathMatrixKit.MedicalBody(persons[0])), HttpStatusCode.Created)).GetProperty("reference").GetString()!;
        await using (var db = app.Database.NewContext())
        {
            var stored = await db.MedicalRepatriationCases.AsNoTracking().SingleAsync();
            Assert.DoesNotContain("Ампутация", stored.SealedDiagnosis, StringComparison.Ordinal);
            Assert.NotEmpty(stored.SealedDiagnosis);
        }

        var before = await AuditTestKit.LastSequenceAsync(app);
        var read = await VisitTestKit.ReadAsync(await app.CreateClient("delegate").GetAsync($"/api/medical-cases/{reference}/diagnosis"), HttpStatusCode.OK);
        Assert.Equal("Ампутация обеих ног ниже колена", read.GetProperty("diagnosis").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("admin").GetAsync($"/api/medical-cases/{reference}/diagnosis")).StatusCode);
        var admin = await VisitTestKit.ReadAsync(await app.CreateClient("admin").GetAsync($"/api/medical-cases/{reference}"), HttpStatusCode.OK);
        Assert.DoesNotContain("Ампутация", admin.GetRawText(), StringComparison.Ordinal);
        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 1);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MedicalCaseRead) && e.Entry.Summary.Contains("diagnosis", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_overdue_decision_is_flagged_accommodation_stays_off_the_timeline_and_closing_needs_a_reason(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var body = new { person = persons[1], grounds = "neutral-country-accommodation", diagnosis = "Туберкулёз", proposedBy = "Врач", proposedOn = "2026-06-01" };
        var created = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/medical-cases", body), HttpStatusCode.Created);
        var reference = created.GetProperty("reference").GetString()!;
        var wished = await Step(client, reference, "wish", new { wish = "yes", heldInPrivate = true }, created);
        var decided = await Step(client, reference, "decision", new { examinedOn = "2026-07-01", decision = "neutral-accommodation", decisionCommunicatedOn = "2026-07-10" }, wished);
        Assert.True(decided.GetProperty("overdue").GetBoolean());
        Assert.Equal("2026-10-10", decided.GetProperty("executionDueBy").GetString());

        var other = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/medical-cases", DeathMatrixKit.MedicalBody(persons[2])), HttpStatusCode.Created);
        var overdue = await VisitTestKit.ReadAsync(await client.GetAsync("/api/medical-cases?overdue=true"), HttpStatusCode.OK);
        Assert.Equal(1, overdue.GetProperty("total").GetInt32());
        Assert.Equal(reference, overdue.GetProperty("items")[0].GetProperty("reference").GetString());
        Assert.Equal(2, (await VisitTestKit.ReadAsync(await client.GetAsync("/api/medical-cases"), HttpStatusCode.OK)).GetProperty("total").GetInt32());

        var done = await Step(client, reference, "carry-out", new { carriedOutOn = "2026-11-20" }, decided);
        Assert.Equal("repatriated", done.GetProperty("status").GetString());
        Assert.False(done.GetProperty("overdue").GetBoolean());
        var timeline = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/persons/{persons[1]}/events"), HttpStatusCode.OK);
        Assert.DoesNotContain(timeline.EnumerateArray(), e => e.GetProperty("kind").GetString() == "repatriated");

        var otherReference = other.GetProperty("reference").GetString()!;
        var noReason = await client.PostAsJsonAsync($"/api/medical-cases/{otherReference}/close", new { version = other.GetProperty("version").GetInt32(), note = " " });
        Assert.Equal(["note"], VisitTestKit.Errors(await VisitTestKit.ReadAsync(noReason, HttpStatusCode.BadRequest)));
        var badDecision = await client.PostAsJsonAsync($"/api/medical-cases/{otherReference}/decision", new { version = other.GetProperty("version").GetInt32(), examinedOn = "yesterday", decision = "maybe" });
        var fields = VisitTestKit.Errors(await VisitTestKit.ReadAsync(badDecision, HttpStatusCode.BadRequest));
        Assert.Contains("examinedOn", fields);
        Assert.Contains("decision", fields);
        var closed = await Step(client, otherReference, "close", new { note = "The person died before the commission sat." }, other);
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("The person died before the commission sat.", closed.GetProperty("closingNote").GetString());

        var bad = await client.PostAsJsonAsync("/api/medical-cases", new { person = "nobody", grounds = "tired", diagnosis = "", proposedOn = "2030-01-01" });
        var proposeFields = VisitTestKit.Errors(await VisitTestKit.ReadAsync(bad, HttpStatusCode.BadRequest));
        Assert.Contains("person", proposeFields);
        Assert.Contains("grounds", proposeFields);
        Assert.Contains("diagnosis", proposeFields);
        Assert.Contains("proposedOn", proposeFields);
    }

    private static async Task<JsonElement> Step(HttpClient client, string reference, string step, object fields, JsonElement current)
    {
        var body = JsonSerializer.SerializeToNode(fields, JsonSerializerOptions.Web)!.AsObject();
        body["version"] = current.GetProperty("version").GetInt32();
        return await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/medical-cases/{reference}/{step}", body), HttpStatusCode.OK);
    }
}
