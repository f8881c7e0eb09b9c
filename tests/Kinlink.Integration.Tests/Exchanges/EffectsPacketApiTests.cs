using System.Net;
using System.Net.Http.Json;
using Kinlink.Data.Access;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Exchanges;

public class EffectsPacketApiTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_packet_is_received_with_its_list_of_contents_shown_on_its_death_notification_and_handed_over_once(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("delegate");
        var death = (await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/deaths", DeathMatrixKit.DeathBody(persons[0])), HttpStatusCode.Created)).GetProperty("reference").GetString()!;
        var before = await AuditTestKit.LastSequenceAsync(app);

        var packet = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/effects-packets", DeathMatrixKit.PacketBody(persons[0], death.ToLowerInvariant())), HttpStatusCode.Created);
        var reference = packet.GetProperty("reference").GetString()!;
        Assert.StartsWith("PKT-", reference, StringComparison.Ordinal);
        Assert.Equal("held", packet.GetProperty("status").GetString());
        Assert.Equal(death, packet.GetProperty("deathNotification").GetString());
        Assert.Equal("S-0042", packet.GetProperty("sealNumber").GetString());
        var items = packet.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("Наручные часы", items[0].GetProperty("description").GetString());
        Assert.Equal(1500.50m, items[1].GetProperty("amount").GetDecimal());
        Assert.Equal("RUB", items[1].GetProperty("currency").GetString());

        var notification = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/deaths/{death}"), HttpStatusCode.OK);
        var listed = Assert.Single(notification.GetProperty("packets").EnumerateArray());
        Assert.Equal(reference, listed.GetProperty("reference").GetString());
        Assert.Equal(2, listed.GetProperty("items").GetInt32());

        var version = packet.GetProperty("version").GetInt32();
        var stale = await client.PostAsJsonAsync($"/api/effects-packets/{reference}/hand-over", new { version = version + 1, handedOverOn = "2026-11-26", handedOverTo = "Бюро УА" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var noName = await client.PostAsJsonAsync($"/api/effects-packets/{reference}/hand-over", new { version, handedOverOn = "2026-11-01", party = "ZZ" });
        var fields = VisitTestKit.Errors(await VisitTestKit.ReadAsync(noName, HttpStatusCode.BadRequest));
        Assert.Contains("handedOverTo", fields);
        Assert.Contains("handedOverOn", fields);
        Assert.Contains("party", fields);

        var handed = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/effects-packets/{reference}/hand-over",
            new { version, handedOverOn = "2026-11-26", handedOverTo = "Информационное бюро Украины", party = "UA" }), HttpStatusCode.OK);
        Assert.Equal("handed-over", handed.GetProperty("status").GetString());
        Assert.Equal("UA", handed.GetProperty("handedOverToParty").GetString());
        Assert.Equal("2026-11-26", handed.GetProperty("handedOverOn").GetString());
        var twice = await client.PostAsJsonAsync($"/api/effects-packets/{reference}/hand-over", new { version = handed.GetProperty("version").GetInt32(), handedOverOn = "2026-11-26", handedOverTo = "Бюро" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);

        Assert.Equal(0, (await VisitTestKit.ReadAsync(await client.GetAsync("/api/effects-packets?status=held"), HttpStatusCode.OK)).GetProperty("total").GetInt32());
        Assert.Equal(1, (await VisitTestKit.ReadAsync(await client.GetAsync($"/api/effects-packets?status=handed-over&person={persons[0]}"), HttpStatusCode.OK)).GetProperty("total").GetInt32());
        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 3);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.EffectsPacketCreate));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.EffectsPacketHandOver));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.EffectsPacketList));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Bad_packets_name_the_row_as_filled_in_and_store_nothing(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var otherDeath = (await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/deaths", DeathMatrixKit.DeathBody(persons[1])), HttpStatusCode.Created)).GetProperty("reference").GetString()!;
        var bad = await client.PostAsJsonAsync("/api/effects-packets", new
        {
            person = persons[0], deathNotification = otherDeath, reason = "lost", sealNumber = "", receivedOn = "2026-12-31",
            items = new object[] { new { description = "Часы", quantity = 1 }, new { }, new { description = "", quantity = 0 }, new { description = "Деньги", quantity = 1, amount = 10m } },
        });
        var fields = VisitTestKit.Errors(await VisitTestKit.ReadAsync(bad, HttpStatusCode.BadRequest));
        Assert.Contains("deathNotification", fields);
        Assert.Contains("reason", fields);
        Assert.Contains("sealNumber", fields);
        Assert.Contains("receivedOn", fields);
        Assert.Contains("items[2].description", fields);
        Assert.Contains("items[2].quantity", fields);
        Assert.Contains("items[3].currency", fields);
        Assert.DoesNotContain("items[1].description", fields);

        var empty = await client.PostAsJsonAsync("/api/effects-packets", new { person = persons[0], reason = "released", sealNumber = "S-1", receivedOn = "2026-11-20", items = new object[] { new { } } });
        Assert.Contains("items", VisitTestKit.Errors(await VisitTestKit.ReadAsync(empty, HttpStatusCode.BadRequest)));
        Assert.Equal(0, (await VisitTestKit.ReadAsync(await client.GetAsync("/api/effects-packets"), HttpStatusCode.OK)).GetProperty("total").GetInt32());
    }
}
