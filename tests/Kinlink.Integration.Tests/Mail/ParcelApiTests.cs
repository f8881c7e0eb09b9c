using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Tracing;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Mail;

public class ParcelApiTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_parcel_is_taken_in_cleared_routed_to_where_the_person_is_held_and_read_with_its_sender_only_by_mail_text_holders(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var enquiry = await EnquiryCaseTestKit.CreateAsync(app);
        var caseworker = app.CreateClient("caseworker");
        var before = await AuditTestKit.LastSequenceAsync(app);

        var body = new
        {
            person = persons[0],
            enquiry,
            senderName = "Олена Коваленко",
            senderAddress = "вул. Соборна 5, Полтава",
            lines = new object[] { ParcelTestKit.Line("food", "Tinned meat", 4, 1600), new { }, ParcelTestKit.Line("clothing", "Wool socks", 3, 450) },
        };
        var created = await VisitTestKit.ReadAsync(await caseworker.PostAsJsonAsync("/api/parcels", body), HttpStatusCode.Created);
        var reference = created.GetProperty("reference").GetString()!;
        Assert.StartsWith("PCL-", reference, StringComparison.Ordinal);
        Assert.Equal("cleared", created.GetProperty("status").GetString());
        Assert.Equal(TestRegistry.CampRu, created.GetProperty("place").GetString());
        Assert.Equal("RU", created.GetProperty("party").GetString());
        Assert.Equal(enquiry, created.GetProperty("enquiry").GetString());
        Assert.Equal(2050, created.GetProperty("totalWeightGrams").GetInt32());
        Assert.Equal(2, created.GetProperty("lines").GetArrayLength());
        Assert.Equal("Олена Коваленко", created.GetProperty("senderName").GetString());

        var admin = await VisitTestKit.ReadAsync(await app.CreateClient("admin").GetAsync($"/api/parcels/{reference.ToLowerInvariant()}"), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, admin.GetProperty("senderName").ValueKind);
        Assert.Equal(JsonValueKind.Null, admin.GetProperty("senderAddress").ValueKind);
        Assert.Equal(persons[0], admin.GetProperty("person").GetProperty("reference").GetString());

        var list = await VisitTestKit.ReadAsync(await caseworker.GetAsync($"/api/parcels?person={persons[0]}&place={TestRegistry.CampRu}&status=cleared"), HttpStatusCode.OK);
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.DoesNotContain("Олена", list.GetRawText(), StringComparison.Ordinal);
        var none = await VisitTestKit.ReadAsync(await caseworker.GetAsync("/api/parcels?refused=true"), HttpStatusCode.OK);
        Assert.Equal(0, none.GetProperty("total").GetInt32());

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 3);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.ParcelCreate));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.ParcelRead));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.ParcelList));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_refused_parcel_names_each_rule_and_line_and_passes_once_corrected_while_a_stale_correction_gets_409(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");

        var refused = await ParcelTestKit.CreateParcelAsync(client, persons[0],
            ParcelTestKit.Line("food", "Biscuits", 2, 500), ParcelTestKit.Line("other", "Pocket KNIFE, small", 1, 100), ParcelTestKit.Line("books", "Kobzar", 1, 400),
            ParcelTestKit.Line("other", "Knifeless cutlery", 1, 4500));
        Assert.Equal("refused", refused.GetProperty("status").GetString());
        var reasons = refused.GetProperty("refusalReasons").EnumerateArray().ToList();
        Assert.Equal(3, reasons.Count);
        Assert.Contains(reasons, r => r.GetProperty("line").ValueKind == JsonValueKind.Number && r.GetProperty("line").GetInt32() == 2 && r.GetProperty("reason").GetString()!.Contains("knife", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.GetProperty("line").ValueKind == JsonValueKind.Number && r.GetProperty("line").GetInt32() == 3 && r.GetProperty("reason").GetString()!.Contains("Books", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.GetProperty("line").ValueKind == JsonValueKind.Null && r.GetProperty("reason").GetString()!.Contains("5500 g", StringComparison.Ordinal));
        Assert.DoesNotContain(reasons, r => r.GetProperty("line").ValueKind == JsonValueKind.Number && r.GetProperty("line").GetInt32() == 4);
        var reference = refused.GetProperty("reference").GetString()!;
        var version = refused.GetProperty("version").GetInt32();

        var corrected = await VisitTestKit.ReadAsync(await client.PutAsJsonAsync($"/api/parcels/{reference}/lines",
            new { version, lines = new[] { ParcelTestKit.Line("food", "Biscuits", 2, 500), ParcelTestKit.Line("hygiene", "Toothpaste", 1, 120) } }), HttpStatusCode.OK);
        Assert.Equal("cleared", corrected.GetProperty("status").GetString());
        Assert.Empty(corrected.GetProperty("refusalReasons").EnumerateArray());
        Assert.Equal(620, corrected.GetProperty("totalWeightGrams").GetInt32());
        Assert.Equal(["Biscuits", "Toothpaste"], corrected.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("description").GetString()!).ToArray());
        Assert.Equal(TestRegistry.CampRu, corrected.GetProperty("place").GetString());

        var stale = await client.PutAsJsonAsync($"/api/parcels/{reference}/lines", new { version, lines = new[] { ParcelTestKit.Line("food", "Tea", 1, 100) } });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var listed = await VisitTestKit.ReadAsync(await client.GetAsync("/api/parcels?refused=true"), HttpStatusCode.OK);
        Assert.Equal(0, listed.GetProperty("total").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Bad_parcels_and_deliveries_name_their_fields(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var bad = await client.PostAsJsonAsync("/api/parcels", new
        {
            person = "KL-0000-0000", enquiry = "nonsense", senderName = "", intake = "pigeon",
            lines = new object[] { ParcelTestKit.Line("weapons", "Rifle", 1, 3000), ParcelTestKit.Line("food", "", 0, 0) },
        });
        var fields = VisitTestKit.Errors(await VisitTestKit.ReadAsync(bad, HttpStatusCode.BadRequest));
        Assert.Contains("person", fields);
        Assert.Contains("enquiry", fields);
        Assert.Contains("intake", fields);
        Assert.Contains("lines[0].category", fields);
        Assert.Contains("lines[1].description", fields);
        Assert.Contains("lines[1].quantity", fields);
        Assert.Contains("lines[1].weightGrams", fields);

        var noSender = await client.PostAsJsonAsync("/api/parcels", new { person = persons[0], lines = new[] { ParcelTestKit.Line("food", "Tea", 1, 100) } });
        Assert.Contains("senderName", VisitTestKit.Errors(await VisitTestKit.ReadAsync(noSender, HttpStatusCode.BadRequest)));

        var parcel = await ParcelTestKit.CreateParcelAsync(client, persons[0]);
        var reference = parcel.GetProperty("reference").GetString()!;
        var noVisit = await client.PostAsJsonAsync($"/api/parcels/{reference}/deliver", new { channel = "delegate-on-visit", receiptSigner = "someone", version = parcel.GetProperty("version").GetInt32() });
        var deliveryFields = VisitTestKit.Errors(await VisitTestKit.ReadAsync(noVisit, HttpStatusCode.BadRequest));
        Assert.Contains("visit", deliveryFields);
        Assert.Contains("receiptSigner", deliveryFields);
        var noName = await client.PostAsJsonAsync($"/api/parcels/{reference}/deliver", new { channel = "authority-confirmed", receiptSigner = "prisoner", version = parcel.GetProperty("version").GetInt32() });
        Assert.Contains("receiptSignerName", VisitTestKit.Errors(await VisitTestKit.ReadAsync(noName, HttpStatusCode.BadRequest)));
        var noVersion = await client.PostAsJsonAsync($"/api/parcels/{reference}/undeliverable", new { reason = "unknown" });
        Assert.Contains("version", VisitTestKit.Errors(await VisitTestKit.ReadAsync(noVersion, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/parcels/PCL-0000-0000")).StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_parcel_is_delivered_on_a_visit_to_its_place_against_the_representatives_receipt(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("delegate");
        var visit = (await VisitTestKit.CreateVisitAsync(client)).GetProperty("reference").GetString()!;
        var parcel = await ParcelTestKit.CreateParcelAsync(client, persons[1]);
        var reference = parcel.GetProperty("reference").GetString()!;

        app.Factory.Clock.Advance(TimeSpan.FromHours(1));
        var delivered = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/parcels/{reference}/deliver", new
        {
            channel = "delegate-on-visit", visit = visit.ToLowerInvariant(), receiptSigner = "prisoners-representative", receiptSignerName = "Петренко І. В.", version = parcel.GetProperty("version").GetInt32(),
        }), HttpStatusCode.OK);
        Assert.Equal("delivered", delivered.GetProperty("status").GetString());
        Assert.Equal("delegate-on-visit", delivered.GetProperty("deliveryChannel").GetString());
        Assert.Equal(visit, delivered.GetProperty("visit").GetString());
        Assert.Equal("prisoners-representative", delivered.GetProperty("receiptSigner").GetString());
        Assert.Equal("Петренко І. В.", delivered.GetProperty("receiptSignerName").GetString());
        Assert.Equal("delivered", delivered.GetProperty("trail").EnumerateArray().Last().GetProperty("kind").GetString());

        var again = await client.PostAsJsonAsync($"/api/parcels/{reference}/deliver", new { channel = "authority-confirmed", receiptSigner = "prisoner", receiptSignerName = "X", version = delivered.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_delivery_on_a_visit_to_another_place_is_refused(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("delegate");
        var visit = (await VisitTestKit.CreateVisitAsync(client)).GetProperty("reference").GetString()!;
        var parcel = await ParcelTestKit.CreateParcelAsync(client, persons[0]);
        await ParcelTestKit.RecordEventAsync(client, persons[0], "transferred", "2026-11-25", TestRegistry.ColonyRu);
        var reference = parcel.GetProperty("reference").GetString()!;
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/mail/routing", new { items = new[] { reference } }), HttpStatusCode.OK);
        var rerouted = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/parcels/{reference}"), HttpStatusCode.OK);
        Assert.Equal(TestRegistry.ColonyRu, rerouted.GetProperty("place").GetString());

        var wrongPlace = await client.PostAsJsonAsync($"/api/parcels/{reference}/deliver", new
        {
            channel = "delegate-on-visit", visit, receiptSigner = "prisoner", receiptSignerName = "Коваленко О.", version = rerouted.GetProperty("version").GetInt32(),
        });
        Assert.Contains("visit", VisitTestKit.Errors(await VisitTestKit.ReadAsync(wrongPlace, HttpStatusCode.BadRequest)));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_undeliverable_parcel_is_returned_to_its_sender_with_its_trail(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var before = await AuditTestKit.LastSequenceAsync(app);
        var parcel = await ParcelTestKit.CreateParcelAsync(client, persons[2]);
        var reference = parcel.GetProperty("reference").GetString()!;
        var returnTooEarly = await client.PostAsJsonAsync($"/api/parcels/{reference}/return", new { version = parcel.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, returnTooEarly.StatusCode);

        app.Factory.Clock.Advance(TimeSpan.FromHours(1));
        var undeliverable = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/parcels/{reference}/undeliverable",
            new { reason = "refused-by-addressee", note = "He asked that it go back", version = parcel.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        Assert.Equal("undeliverable", undeliverable.GetProperty("status").GetString());
        Assert.Equal("refused-by-addressee", undeliverable.GetProperty("undeliverableReason").GetString());
        app.Factory.Clock.Advance(TimeSpan.FromHours(1));
        var returned = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/parcels/{reference}/return",
            new { note = "Posted back to Poltava", version = undeliverable.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        var trail = returned.GetProperty("trail").EnumerateArray().Select(s => s.GetProperty("kind").GetString()!).ToArray();
        Assert.Equal(["checked", "received", "routed"], trail[..3].Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["undeliverable", "returned"], trail[3..]);

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 3);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.ParcelUndeliverable));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.ParcelReturn));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Party_accounts_and_readers_cannot_reach_parcels_batches_or_routing(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var parcel = await ParcelTestKit.CreateParcelAsync(app.CreateClient("caseworker"), persons[0]);
        var reference = parcel.GetProperty("reference").GetString()!;
        foreach (var (role, party) in new[] { ("bureau-officer", "RU"), ("liaison-officer", "RU"), ("analyst", (string?)null), ("dpo", null) })
        {
            var client = app.CreateClient(role, party);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/parcels/{reference}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/parcels")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/mail-batches")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/mail/routing")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/parcels", ParcelTestKit.ParcelBody(persons[0]))).StatusCode);
        }
    }
}
