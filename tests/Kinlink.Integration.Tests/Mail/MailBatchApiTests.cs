using System.Net;
using System.Net.Http.Json;
using System.Text;
using Kinlink.Data.Access;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Mail;

public class MailBatchApiTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_batch_takes_the_cleared_items_routed_to_its_place_is_dispatched_and_its_manifest_names_persons_but_never_senders_or_text(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var before = await AuditTestKit.LastSequenceAsync(app);
        var parcel = (await ParcelTestKit.CreateParcelAsync(client, persons[0])).GetProperty("reference").GetString()!;
        var refused = (await ParcelTestKit.CreateParcelAsync(client, persons[1], ParcelTestKit.Line("other", "Vodka", 1, 700))).GetProperty("reference").GetString()!;
        var message = await ParcelTestKit.ClearedMessageAsync(app, persons[1]);
        var elsewhere = await ParcelTestKit.CreateBatchAsync(client, TestRegistry.CampUa);
        var batch = await ParcelTestKit.CreateBatchAsync(client);
        var reference = batch.GetProperty("batch").GetProperty("reference").GetString()!;
        Assert.Equal("open", batch.GetProperty("batch").GetProperty("status").GetString());
        Assert.Equal("RU", batch.GetProperty("batch").GetProperty("party").GetString());
        Assert.Equal("UA", elsewhere.GetProperty("batch").GetProperty("party").GetString());

        var notCleared = await client.PostAsJsonAsync($"/api/mail-batches/{reference}/items", new { items = new[] { refused } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notCleared.StatusCode);
        var wrongPlace = await client.PostAsJsonAsync($"/api/mail-batches/{elsewhere.GetProperty("batch").GetProperty("reference").GetString()}/items", new { items = new[] { parcel } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongPlace.StatusCode);
        var unknown = await client.PostAsJsonAsync($"/api/mail-batches/{reference}/items", new { items = new[] { "PCL-0000-0000" } });
        Assert.Contains("items[0]", VisitTestKit.Errors(await VisitTestKit.ReadAsync(unknown, HttpStatusCode.BadRequest)));

        var filled = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/mail-batches/{reference}/items", new { allCleared = true }), HttpStatusCode.OK);
        Assert.Equal(2, filled.GetProperty("batch").GetProperty("itemCount").GetInt32());
        Assert.Equal([message, parcel], filled.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("item").GetString()!).Order(StringComparer.Ordinal).ToArray());
        var removed = await VisitTestKit.ReadAsync(await client.DeleteAsync($"/api/mail-batches/{reference}/items/{message}"), HttpStatusCode.OK);
        Assert.Equal(1, removed.GetProperty("batch").GetProperty("itemCount").GetInt32());
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/mail-batches/{reference}/items", new { items = new[] { message } }), HttpStatusCode.OK);

        var version = removed.GetProperty("batch").GetProperty("version").GetInt32();
        var dispatched = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/mail-batches/{reference}/dispatch", new { version }), HttpStatusCode.OK);
        Assert.Equal("dispatched", dispatched.GetProperty("batch").GetProperty("status").GetString());
        Assert.All(dispatched.GetProperty("items").EnumerateArray(), i => Assert.Equal("in-transit", i.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/mail-batches/{reference}/dispatch", new { version })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.DeleteAsync($"/api/mail-batches/{reference}/items/{parcel}")).StatusCode);
        var inTransit = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/parcels/{parcel}"), HttpStatusCode.OK);
        Assert.Equal("in-transit", inTransit.GetProperty("status").GetString());
        Assert.Equal(reference, inTransit.GetProperty("batch").GetString());

        var csv = await client.GetAsync($"/api/mail-batches/{reference}/manifest?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToList();
        Assert.Equal(["batch", "place", "item", "kind", "person", "name", "name_latin", "service_number", "weight_grams", "lines"], rows[0]);
        Assert.Equal(3, rows.Count);
        var parcelRow = rows.Single(r => r[2] == parcel);
        Assert.Equal([reference, TestRegistry.CampRu, parcel, "parcel", persons[0], "Коваленко Олександр"], parcelRow[..6]);
        Assert.Equal("Kovalenko Oleksandr", parcelRow[6]);
        Assert.Equal(["1900", "2"], parcelRow[8..]);
        var messageRow = rows.Single(r => r[2] == message);
        Assert.Equal(["red-cross-message", persons[1]], messageRow[3..5]);
        Assert.Equal(["", ""], messageRow[8..]);
        Assert.DoesNotContain("Олена", text, StringComparison.Ordinal);
        Assert.DoesNotContain("чекаємо", text, StringComparison.Ordinal);

        var listed = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/mail-batches?status=dispatched&place={TestRegistry.CampRu}"), HttpStatusCode.OK);
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 5);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MailBatchCreate));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MailBatchChange));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MailBatchDispatch));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MailBatchManifest));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_empty_batch_is_not_dispatched_and_an_unknown_place_is_named(DatabaseKind kind)
    {
        var (app, _) = await VisitTestKit.StartAsync(kind);
        await using var __ = app;
        var client = app.CreateClient("delegate");
        var batch = await ParcelTestKit.CreateBatchAsync(client);
        var reference = batch.GetProperty("batch").GetProperty("reference").GetString()!;
        var empty = await client.PostAsJsonAsync($"/api/mail-batches/{reference}/dispatch", new { version = batch.GetProperty("batch").GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var badPlace = await client.PostAsJsonAsync("/api/mail-batches", new { place = "NOWHERE-1" });
        Assert.Contains("place", VisitTestKit.Errors(await VisitTestKit.ReadAsync(badPlace, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/mail-batches/BAT-0000-0000")).StatusCode);
    }
}
