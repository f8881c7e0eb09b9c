using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Transmissions;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Visits;
using Kinlink.Integration.Tests.Access;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Visits;

public class VisitRecordingTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_visit_for_a_partly_accepted_request_marks_it_visited_and_expects_the_accepted_persons(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var request = await VisitTestKit.AnsweredRequestAsync(app, persons, [persons[0], persons[1]]);
        var client = app.CreateClient("delegate");

        var visit = await VisitTestKit.CreateVisitAsync(client, request);

        Assert.StartsWith("VIS-", visit.GetProperty("reference").GetString(), StringComparison.Ordinal);
        Assert.Equal(request, visit.GetProperty("request").GetString());
        Assert.Equal("RU", visit.GetProperty("detainingParty").GetString());
        Assert.Equal(["Anna Keller", "Ivan Petrenko (interpreter)"], visit.GetProperty("delegates").EnumerateArray().Select(d => d.GetString()!).ToArray());
        var expected = visit.GetProperty("persons").EnumerateArray().Where(p => p.GetProperty("expected").GetBoolean()).Select(p => p.GetProperty("reference").GetString()).Order().ToArray();
        Assert.Equal(new[] { persons[0], persons[1] }.Order().ToArray(), expected);
        Assert.All(visit.GetProperty("persons").EnumerateArray(), p => Assert.False(p.GetProperty("recorded").GetBoolean()));
        await using var db = app.Database.NewContext();
        var stored = await db.VisitRequests.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Reference == request);
        Assert.Equal(VisitRequestStatus.Visited, stored.Status);
        Assert.NotNull(stored.VisitId);
        Assert.Contains(stored.Events, e => e.Kind == VisitRequestEventKind.Visited);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_visit_for_a_refused_request_is_refused_and_nothing_is_stored(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var request = await VisitTestKit.AnsweredRequestAsync(app, persons, []);
        var client = app.CreateClient("delegate");

        var response = await client.PostAsJsonAsync("/api/visits", VisitTestKit.VisitBody(request));

        var problem = await VisitTestKit.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("request", problem.GetProperty("field").GetString());
        await using var db = app.Database.NewContext();
        Assert.Equal(0, await db.Visits.CountAsync());
        Assert.Equal(VisitRequestStatus.Refused, await db.VisitRequests.Where(r => r.Reference == request).Select(r => r.Status).SingleAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_bad_visit_is_refused_naming_each_field_and_a_stale_correction_gets_409(DatabaseKind kind)
    {
        var (app, _) = await VisitTestKit.StartAsync(kind);
        await using var __ = app;
        var client = app.CreateClient("delegate");

        var bad = await client.PostAsJsonAsync("/api/visits", new { place = "NOWHERE-1", startedOn = "20.11.2026" });
        var problem = await VisitTestKit.ReadAsync(bad, HttpStatusCode.BadRequest);
        Assert.Contains("place", VisitTestKit.Errors(problem));
        var noDelegates = await client.PostAsJsonAsync("/api/visits", new { place = TestRegistry.CampRu, startedOn = "2026-11-20", endedOn = "2026-11-19" });
        var fields = VisitTestKit.Errors(await VisitTestKit.ReadAsync(noDelegates, HttpStatusCode.BadRequest));
        Assert.Contains("delegates", fields);
        Assert.Contains("endedOn", fields);

        var visit = await VisitTestKit.CreateVisitAsync(client);
        var reference = visit.GetProperty("reference").GetString();
        var version = visit.GetProperty("version").GetInt32();
        var corrected = await client.PutAsJsonAsync($"/api/visits/{reference}", new { startedOn = "2026-11-19", endedOn = "2026-11-21", delegates = new[] { "Anna Keller" }, version });
        var read = await VisitTestKit.ReadAsync(corrected, HttpStatusCode.OK);
        Assert.Equal("2026-11-19", read.GetProperty("startedOn").GetString());
        var stale = await client.PutAsJsonAsync($"/api/visits/{reference}", new { startedOn = "2026-11-18", delegates = new[] { "Anna Keller" }, version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/visits/VIS-0000-0000")).StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Each_persons_result_is_recorded_and_corrected_and_wrong_results_name_their_field(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("delegate");
        var reference = (await VisitTestKit.CreateVisitAsync(client, privateInterviews: false)).GetProperty("reference").GetString();

        var seen = await client.PostAsJsonAsync($"/api/visits/{reference}/persons", new { person = persons[0], seen = true, messagesToSend = "To my mother: I am well", familyToInform = "Mother, Kharkiv" });
        await VisitTestKit.ReadAsync(seen, HttpStatusCode.OK);
        var notSeen = await client.PostAsJsonAsync($"/api/visits/{reference}/persons", new { person = persons[1], seen = false, notSeenReason = "in-hospital", notSeenNote = "Hospital No. 5" });
        var visit = await VisitTestKit.ReadAsync(notSeen, HttpStatusCode.OK);
        var byReference = visit.GetProperty("persons").EnumerateArray().ToDictionary(p => p.GetProperty("reference").GetString()!);
        Assert.True(byReference[persons[0]].GetProperty("seen").GetBoolean());
        Assert.Equal("To my mother: I am well", byReference[persons[0]].GetProperty("messagesToSend").GetString());
        Assert.False(byReference[persons[1]].GetProperty("seen").GetBoolean());
        Assert.Equal("in-hospital", byReference[persons[1]].GetProperty("notSeenReason").GetString());

        // Seen after all: the result is replaced, not added.
        var corrected = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/visits/{reference}/persons", new { person = persons[1], seen = true }), HttpStatusCode.OK);
        Assert.Equal(2, corrected.GetProperty("persons").GetArrayLength());
        Assert.True(corrected.GetProperty("persons").EnumerateArray().Single(p => p.GetProperty("reference").GetString() == persons[1]).GetProperty("seen").GetBoolean());

        var noReason = await client.PostAsJsonAsync($"/api/visits/{reference}/persons", new { person = persons[2], seen = false });
        Assert.Contains("notSeenReason", VisitTestKit.Errors(await VisitTestKit.ReadAsync(noReason, HttpStatusCode.BadRequest)));
        var unknownReason = await client.PostAsJsonAsync($"/api/visits/{reference}/persons", new { person = persons[2], seen = false, notSeenReason = "asleep" });
        Assert.Contains("notSeenReason", VisitTestKit.Errors(await VisitTestKit.ReadAsync(unknownReason, HttpStatusCode.BadRequest)));
        var interview = await client.PostAsJsonAsync($"/api/visits/{reference}/persons", new { person = persons[2], seen = true, privateInterview = true });
        Assert.Contains("privateInterview", VisitTestKit.Errors(await VisitTestKit.ReadAsync(interview, HttpStatusCode.BadRequest)));
        var nobody = await client.PostAsJsonAsync($"/api/visits/{reference}/persons", new { person = "KL-0000-0000", seen = true });
        Assert.Contains("person", VisitTestKit.Errors(await VisitTestKit.ReadAsync(nobody, HttpStatusCode.BadRequest)));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_person_met_for_the_first_time_is_registered_held_at_the_place_and_passed_on_to_their_party(DatabaseKind kind)
    {
        var (app, _) = await VisitTestKit.StartAsync(kind);
        await using var __ = app;
        var client = app.CreateClient("delegate");
        var reference = (await VisitTestKit.CreateVisitAsync(client)).GetProperty("reference").GetString();
        var before = await AuditTestKit.LastSequenceAsync(app);

        var response = await client.PostAsJsonAsync($"/api/visits/{reference}/persons", new
        {
            newPerson = new { surname = "Мельник", givenName = "Тарас", dateOfBirth = "1995-07-01", category = "pow", dependsOn = "UA", serviceNumber = "UA-778899" },
            seen = true,
            privateInterview = true,
        });

        var visit = await VisitTestKit.ReadAsync(response, HttpStatusCode.OK);
        var met = visit.GetProperty("persons").EnumerateArray().Single();
        Assert.True(met.GetProperty("registeredDuringVisit").GetBoolean());
        var personReference = met.GetProperty("reference").GetString();
        var person = await client.GetFromJsonAsync<JsonElement>($"/api/persons/{personReference}");
        Assert.Equal("held", person.GetProperty("status").GetString());
        Assert.Contains(TestRegistry.CampRu, person.GetProperty("currentPlace").GetString(), StringComparison.Ordinal);
        var registration = person.GetProperty("timeline").EnumerateArray().Single();
        Assert.Equal("registered", registration.GetProperty("kind").GetString());
        Assert.Equal(VisitTestKit.VisitDay, registration.GetProperty("date").GetString());
        Assert.Contains(reference!, registration.GetRawText(), StringComparison.Ordinal);
        await using (var db = app.Database.NewContext())
        {
            var id = new Kinlink.Domain.Common.PersonId(met.GetProperty("personId").GetGuid());
            var ukraine = await db.Parties.Where(p => p.Code == "UA").Select(p => p.Id).SingleAsync();
            var transmission = await db.Transmissions.AsNoTracking().SingleAsync(t => t.PersonId == id);
            Assert.Equal(ukraine, transmission.RecipientPartyId);
            Assert.Equal(TransmissionSubject.Registration, transmission.Subject);
        }

        // The same service number again is the registry's duplicate: refused, as from any other source.
        var again = await client.PostAsJsonAsync($"/api/visits/{reference}/persons", new
        {
            newPerson = new { surname = "Мельник", givenName = "Тарас", category = "pow", dependsOn = "UA", serviceNumber = "UA-778899" },
            seen = true,
        });
        var conflict = await VisitTestKit.ReadAsync(again, HttpStatusCode.Conflict);
        Assert.Contains(personReference!, conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var noSurname = await client.PostAsJsonAsync($"/api/visits/{reference}/persons", new { newPerson = new { givenName = "Тарас" }, seen = true });
        Assert.Contains("newPerson.surname", VisitTestKit.Errors(await VisitTestKit.ReadAsync(noSurname, HttpStatusCode.BadRequest)));

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 2);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.PersonCreate) && e.Entry.Summary.Contains(reference!, StringComparison.Ordinal));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.VisitPersonRecord));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_list_filters_by_place_party_and_dates_and_pages(DatabaseKind kind)
    {
        var (app, _) = await VisitTestKit.StartAsync(kind);
        await using var __ = app;
        var client = app.CreateClient("caseworker");
        await VisitTestKit.CreateVisitAsync(client);
        var other = await client.PostAsJsonAsync("/api/visits", new { place = TestRegistry.CampUa, startedOn = "2026-10-02", delegates = new[] { "Anna Keller" } });
        await VisitTestKit.ReadAsync(other, HttpStatusCode.Created);

        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>("/api/visits")).GetProperty("total").GetInt32());
        var atCamp = await client.GetFromJsonAsync<JsonElement>($"/api/visits?place={TestRegistry.CampRu}");
        Assert.Equal(TestRegistry.CampRu, atCamp.GetProperty("items")[0].GetProperty("place").GetString());
        Assert.Equal(1, atCamp.GetProperty("total").GetInt32());
        Assert.Equal("UA", (await client.GetFromJsonAsync<JsonElement>("/api/visits?party=UA")).GetProperty("items")[0].GetProperty("detainingParty").GetString());
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/visits?from=2026-11-01&to=2026-11-30")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/visits?pageSize=1")).GetProperty("items").GetArrayLength());
        Assert.Contains("from", VisitTestKit.Errors(await VisitTestKit.ReadAsync(await client.GetAsync("/api/visits?from=yesterday"), HttpStatusCode.BadRequest)));
    }
}
