using System.Net;
using System.Net.Http.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Tracing;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Mail;

public class MailRoutingTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_transfer_flags_items_routed_to_the_old_place_and_rerouting_takes_them_out_of_their_batch(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var before = await AuditTestKit.LastSequenceAsync(app);
        var dispatchedParcel = (await ParcelTestKit.CreateParcelAsync(client, persons[0])).GetProperty("reference").GetString()!;
        var batch = await ParcelTestKit.CreateBatchAsync(client);
        var batchReference = batch.GetProperty("batch").GetProperty("reference").GetString()!;
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/mail-batches/{batchReference}/items", new { allCleared = true }), HttpStatusCode.OK);
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/mail-batches/{batchReference}/dispatch", new { version = batch.GetProperty("batch").GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        var openBatch = (await ParcelTestKit.CreateBatchAsync(client)).GetProperty("batch").GetProperty("reference").GetString()!;
        var message = await ParcelTestKit.ClearedMessageAsync(app, persons[0]);
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/mail-batches/{openBatch}/items", new { items = new[] { message } }), HttpStatusCode.OK);
        var stayer = (await ParcelTestKit.CreateParcelAsync(client, persons[1])).GetProperty("reference").GetString()!;
        Assert.Empty((await VisitTestKit.ReadAsync(await client.GetAsync("/api/mail/routing"), HttpStatusCode.OK)).EnumerateArray());

        await ParcelTestKit.RecordEventAsync(client, persons[0], "transferred", "2026-11-25", TestRegistry.ColonyRu);

        var worklist = (await VisitTestKit.ReadAsync(await client.GetAsync("/api/mail/routing"), HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(new[] { dispatchedParcel, message }.Order(StringComparer.Ordinal).ToArray(), worklist.Select(e => e.GetProperty("item").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.All(worklist, e => Assert.Equal((TestRegistry.CampRu, TestRegistry.ColonyRu), (e.GetProperty("routedPlace").GetString(), e.GetProperty("currentPlace").GetString())));
        Assert.Equal(batchReference, worklist.Single(e => e.GetProperty("item").GetString() == dispatchedParcel).GetProperty("batch").GetString());
        var flagged = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/parcels/{dispatchedParcel}"), HttpStatusCode.OK);
        Assert.True(flagged.GetProperty("needsRerouting").GetBoolean());
        Assert.DoesNotContain(stayer, worklist.Select(e => e.GetProperty("item").GetString()));

        var result = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/mail/routing", new { all = true }), HttpStatusCode.OK);
        Assert.Equal(2, result.GetProperty("rerouted").GetArrayLength());
        Assert.Empty((await VisitTestKit.ReadAsync(await client.GetAsync("/api/mail/routing"), HttpStatusCode.OK)).EnumerateArray());
        var rerouted = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/parcels/{dispatchedParcel}"), HttpStatusCode.OK);
        Assert.Equal(TestRegistry.ColonyRu, rerouted.GetProperty("place").GetString());
        Assert.Equal("cleared", rerouted.GetProperty("status").GetString());
        Assert.Equal(JsonNull, rerouted.GetProperty("batch").ValueKind);
        Assert.False(rerouted.GetProperty("needsRerouting").GetBoolean());
        Assert.Contains(rerouted.GetProperty("trail").EnumerateArray(), s => s.GetProperty("kind").GetString() == "rerouted" && s.GetProperty("place").GetString() == TestRegistry.ColonyRu);
        var open = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/mail-batches/{openBatch}"), HttpStatusCode.OK);
        Assert.Equal(0, open.GetProperty("batch").GetProperty("itemCount").GetInt32());
        var stale = await client.PostAsJsonAsync("/api/mail/routing", new { items = new[] { dispatchedParcel } });
        Assert.Contains("items[0]", VisitTestKit.Errors(await VisitTestKit.ReadAsync(stale, HttpStatusCode.BadRequest)));

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 5);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MailReroute));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_item_taken_in_for_a_person_not_held_anywhere_is_routed_once_they_are(DatabaseKind kind)
    {
        var (app, _) = await VisitTestKit.StartAsync(kind);
        await using var __ = app;
        var client = app.CreateClient("caseworker");
        string person;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var registered = await scope.ServiceProvider.GetRequiredService<PersonService>().RegisterAsync(
                new PersonInput { Category = "pow", Surname = "Мельник", GivenName = "Андрій", DateOfBirth = "1988-01-02", DependsOn = "UA" }, Actor.System);
            person = registered.Reference.Value;
        }

        var parcel = await ParcelTestKit.CreateParcelAsync(client, person);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, parcel.GetProperty("place").ValueKind);
        Assert.Empty((await VisitTestKit.ReadAsync(await client.GetAsync("/api/mail/routing"), HttpStatusCode.OK)).EnumerateArray());
        await ParcelTestKit.RecordEventAsync(client, person, "captured", "2026-11-10", TestRegistry.CampRu);
        var worklist = (await VisitTestKit.ReadAsync(await client.GetAsync("/api/mail/routing"), HttpStatusCode.OK)).EnumerateArray().ToList();
        var entry = Assert.Single(worklist);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, entry.GetProperty("routedPlace").ValueKind);
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/mail/routing", new { items = new[] { parcel.GetProperty("reference").GetString() } }), HttpStatusCode.OK);
        Assert.Equal(TestRegistry.CampRu, (await VisitTestKit.ReadAsync(await client.GetAsync($"/api/parcels/{parcel.GetProperty("reference").GetString()}"), HttpStatusCode.OK)).GetProperty("place").GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_death_recorded_through_the_api_stops_the_persons_items_and_flags_the_enquiry_until_the_sender_is_told(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var enquiry = await EnquiryCaseTestKit.CreateAsync(app);
        var client = app.CreateClient("caseworker");
        var before = await AuditTestKit.LastSequenceAsync(app);
        var body = new { person = persons[0], enquiry, senderName = "Олена", lines = new[] { ParcelTestKit.Line("food", "Honey", 1, 500) } };
        var parcel = (await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/parcels", body), HttpStatusCode.Created)).GetProperty("reference").GetString()!;
        var batch = (await ParcelTestKit.CreateBatchAsync(client)).GetProperty("batch").GetProperty("reference").GetString()!;
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/mail-batches/{batch}/items", new { items = new[] { parcel } }), HttpStatusCode.OK);
        var message = await ParcelTestKit.ClearedMessageAsync(app, persons[0], enquiry);
        var other = (await ParcelTestKit.CreateParcelAsync(client, persons[1])).GetProperty("reference").GetString()!;

        await ParcelTestKit.RecordEventAsync(client, persons[0], "died", "2026-11-26");

        var stopped = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/parcels/{parcel}"), HttpStatusCode.OK);
        Assert.Equal("undeliverable", stopped.GetProperty("status").GetString());
        Assert.Equal("died", stopped.GetProperty("undeliverableReason").GetString());
        Assert.True(stopped.GetProperty("stoppedForSender").GetBoolean());
        Assert.Equal(JsonNull, stopped.GetProperty("batch").ValueKind);
        Assert.Equal("cleared", (await VisitTestKit.ReadAsync(await client.GetAsync($"/api/parcels/{other}"), HttpStatusCode.OK)).GetProperty("status").GetString());

        var toInform = (await VisitTestKit.ReadAsync(await client.GetAsync("/api/mail/stopped"), HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal([message, parcel], toInform.Select(e => e.GetProperty("item").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.All(toInform, e => Assert.Equal(enquiry, e.GetProperty("enquiry").GetString()));
        var forCase = (await VisitTestKit.ReadAsync(await client.GetAsync($"/api/mail/stopped?enquiry={enquiry}"), HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(2, forCase.Count);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/mail/stopped/{parcel}/sender-informed", null)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PostAsync($"/api/mail/stopped/{parcel}/sender-informed", null)).StatusCode);
        var left = (await VisitTestKit.ReadAsync(await client.GetAsync("/api/mail/stopped"), HttpStatusCode.OK)).EnumerateArray().Select(e => e.GetProperty("item").GetString()).ToList();
        Assert.Equal([message], left);
        var caseAfter = (await VisitTestKit.ReadAsync(await client.GetAsync($"/api/mail/stopped?enquiry={enquiry}"), HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.False(caseAfter.Single(e => e.GetProperty("item").GetString() == parcel).GetProperty("senderToInform").GetBoolean());

        var emptyBatch = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/mail-batches/{batch}"), HttpStatusCode.OK);
        Assert.Equal(0, emptyBatch.GetProperty("batch").GetProperty("itemCount").GetInt32());
        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 5);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MailStop));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MailSenderInformed));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_release_in_an_imported_list_stops_the_persons_items_once_the_list_is_committed(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var enquiry = await EnquiryCaseTestKit.CreateAsync(app);
        var client = app.CreateClient("caseworker");
        var body = new { person = persons[2], enquiry, senderName = "Олена", lines = new[] { ParcelTestKit.Line("clothing", "Scarf", 1, 300) } };
        var parcel = (await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/parcels", body), HttpStatusCode.Created)).GetProperty("reference").GetString()!;
        var kept = (await ParcelTestKit.CreateParcelAsync(client, persons[0])).GetProperty("reference").GetString()!;

        var list = $"intermediary_ref,depends_on,event,event_date,place,note\n{persons[2]},UA,released,2026-11-26,,exchange\n{persons[0]},UA,health-news,2026-11-26,,well\n";
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(list));
            var report = await scope.ServiceProvider.GetRequiredService<ImportService>().ImportPersonsAsync(stream, "events.csv", "RU", "events of 2026-11-26", new Actor("bureau-officer.ru@test.example", "RU"));
            Assert.True(report.RowsAccepted == 2, string.Join("; ", report.Errors.Select(e => e.Reason)));
        }

        var stopped = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/parcels/{parcel}"), HttpStatusCode.OK);
        Assert.Equal("undeliverable", stopped.GetProperty("status").GetString());
        Assert.Equal("released", stopped.GetProperty("undeliverableReason").GetString());
        Assert.True(stopped.GetProperty("stoppedForSender").GetBoolean());
        Assert.Equal("cleared", (await VisitTestKit.ReadAsync(await client.GetAsync($"/api/parcels/{kept}"), HttpStatusCode.OK)).GetProperty("status").GetString());
        var forCase = (await VisitTestKit.ReadAsync(await client.GetAsync($"/api/mail/stopped?enquiry={enquiry}"), HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(parcel, Assert.Single(forCase).GetProperty("item").GetString());
        await using var db = app.Database.NewContext();
        var reference = IntermediaryReference.Parse(persons[2]);
        Assert.Equal(PersonStatus.Released, await db.Persons.Where(p => p.Reference == reference).Select(p => p.CurrentStatus).SingleAsync());
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
