using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Integration.Tests.Mail;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Exchanges;

public class ExchangeExecutionTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_handover_repatriates_those_handed_over_on_their_timelines_stops_their_mail_keeps_who_declined_and_needs_a_note_when_unbalanced(DatabaseKind kind)
    {
        var world = await ExchangeTestKit.StartAsync(kind);
        await using var _ = world.App;
        var client = world.App.CreateClient("caseworker");
        var exchange = await ExchangeTestKit.CreateAsync(client, "n-for-n", 2);
        var reference = exchange.GetProperty("reference").GetString()!;
        exchange = await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/exchanges/{reference}/entries",
            new { party = "RU", persons = new[] { world.Clear, world.Numbered }, version = ExchangeTestKit.Version(exchange) }), HttpStatusCode.OK);
        await ExchangeTestKit.ReadAsync(await ExchangeTestKit.ImportAsync(client, reference, "UA", ExchangeTestKit.UaList, ExchangeTestKit.Version(exchange)), HttpStatusCode.OK);
        await ExchangeTestKit.VerifyAsync(client, reference, "Коваленко", "yes");
        await ExchangeTestKit.VerifyAsync(client, reference, "Кравець", "yes");
        await ExchangeTestKit.VerifyAsync(client, reference, "Иванов", "yes");
        exchange = await ExchangeTestKit.VerifyAsync(client, reference, "Petrov", "no", "Не хочет возвращаться");
        var parcel = (await ParcelTestKit.CreateParcelAsync(client, world.Clear, ParcelTestKit.Line("food", "Biscuits", 2, 500))).GetProperty("reference").GetString()!;
        exchange = await ExchangeTestKit.GetAsync(client, reference);

        object Decision(string surname, bool handedOver, string? reason = null) =>
            new { entry = ExchangeTestKit.EntryOf(exchange, surname).GetProperty("id").GetGuid(), handedOver, reason };
        var everyone = new[] { Decision("Коваленко", true), Decision("Кравець", true), Decision("Иванов", true), Decision("Petrov", true) };
        var declined = await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/exchanges/{reference}/execute",
            new { handoverDate = "2026-11-26", decisions = everyone, version = ExchangeTestKit.Version(exchange) }), HttpStatusCode.BadRequest);
        var field = Assert.Single(VisitTestKit.Errors(declined));
        Assert.Equal("decisions[3].handedOver", field);
        Assert.Contains("declined repatriation", declined.GetRawText(), StringComparison.Ordinal);

        var decisions = new[] { Decision("Коваленко", true), Decision("Кравець", true), Decision("Иванов", true), Decision("Petrov", false, "declined") };
        var unbalanced = await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/exchanges/{reference}/execute",
            new { handoverDate = "2026-11-26", decisions, version = ExchangeTestKit.Version(exchange) }), HttpStatusCode.BadRequest);
        Assert.Equal(["balanceNote"], VisitTestKit.Errors(unbalanced));
        var missing = await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/exchanges/{reference}/execute",
            new { handoverDate = "2026-11-26", decisions = decisions.Take(3), balanceNote = "x", version = ExchangeTestKit.Version(exchange) }), HttpStatusCode.BadRequest);
        Assert.Contains(VisitTestKit.Errors(missing), e => e.StartsWith("entry:", StringComparison.Ordinal));
        Assert.Equal("preparing", (await ExchangeTestKit.GetAsync(client, reference)).GetProperty("status").GetString());
        await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/exchanges/{reference}/execute",
            new { handoverDate = "2026-11-26", decisions, balanceNote = "One prisoner of UA's list declined", version = ExchangeTestKit.Version(exchange) - 1 }), HttpStatusCode.Conflict);

        exchange = await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/exchanges/{reference}/execute",
            new { handoverDate = "2026-11-26", decisions, balanceNote = "One prisoner of UA's list declined in the private interview", version = ExchangeTestKit.Version(exchange) }), HttpStatusCode.OK);
        Assert.Equal("executed", exchange.GetProperty("status").GetString());
        Assert.Equal("2026-11-26", exchange.GetProperty("executedOn").GetString());
        var balance = await ExchangeTestKit.ReadAsync(await client.GetAsync($"/api/exchanges/{reference}/balance"), HttpStatusCode.OK);
        Assert.False(balance.GetProperty("balanced").GetBoolean());
        Assert.Equal(2, balance.GetProperty("sideA").GetProperty("handedOver").GetInt32());
        Assert.Equal(1, balance.GetProperty("sideB").GetProperty("handedOver").GetInt32());
        Assert.Equal(1, balance.GetProperty("sideB").GetProperty("declined").GetInt32());
        var petrov = ExchangeTestKit.EntryOf(exchange, "Petrov");
        Assert.Equal("not-handed-over", petrov.GetProperty("outcome").GetString());
        Assert.Equal("declined", petrov.GetProperty("notHandedOverReason").GetString());

        foreach (var person in new[] { world.Clear, world.Numbered, world.Ivanov })
        {
            var record = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/persons/{person}"), HttpStatusCode.OK);
            Assert.Equal("repatriated", record.GetProperty("status").GetString());
            var last = record.GetProperty("timeline").EnumerateArray().Last();
            Assert.Equal("repatriated", last.GetProperty("kind").GetString());
            Assert.Equal("2026-11-26", last.GetProperty("date").GetString());
            Assert.Equal($"exchange {reference}", last.GetProperty("source").GetString());
        }

        Assert.Equal("held", (await VisitTestKit.ReadAsync(await client.GetAsync($"/api/persons/{world.Petrov}"), HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal("undeliverable", (await VisitTestKit.ReadAsync(await client.GetAsync($"/api/parcels/{parcel}"), HttpStatusCode.OK)).GetProperty("status").GetString());

        // Executed is closed: nothing on it changes any more.
        var closed = await ExchangeTestKit.ChangeAsync(client, reference, ExchangeTestKit.Id(petrov), "blocking", new { issue = "late", version = ExchangeTestKit.Version(exchange) }, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(JsonValueKind.Object, closed.ValueKind);
        await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/exchanges/{reference}/cancel", new { note = "too late", version = ExchangeTestKit.Version(exchange) }), HttpStatusCode.UnprocessableEntity);
        var list = await ExchangeTestKit.ReadAsync(await client.GetAsync("/api/exchanges?status=executed&party=UA"), HttpStatusCode.OK);
        Assert.Equal(reference, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("reference").GetString());
        Assert.Equal(0, (await ExchangeTestKit.ReadAsync(await client.GetAsync("/api/exchanges?status=preparing"), HttpStatusCode.OK)).GetProperty("total").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Terms_are_checked_changed_with_the_version_read_and_an_exchange_cancelled_with_a_reason(DatabaseKind kind)
    {
        var world = await ExchangeTestKit.StartAsync(kind);
        await using var _ = world.App;
        var client = world.App.CreateClient("delegate");
        var bad = await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync("/api/exchanges", new { partyA = "RU", partyB = "RU", terms = "n-for-n" }), HttpStatusCode.BadRequest);
        Assert.Contains("partyB", VisitTestKit.Errors(bad));
        Assert.Contains("countPerSide", VisitTestKit.Errors(bad));
        var unknown = await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync("/api/exchanges", new { partyA = "XX", partyB = "UA", terms = "some", plannedDate = "26.11.2026" }), HttpStatusCode.BadRequest);
        Assert.Equal(["partyA", "plannedDate", "terms"], VisitTestKit.Errors(unknown).Order(StringComparer.Ordinal).ToArray());

        var exchange = await ExchangeTestKit.CreateAsync(client);
        var reference = exchange.GetProperty("reference").GetString()!;
        Assert.StartsWith("EXC-", reference, StringComparison.Ordinal);
        var changed = await ExchangeTestKit.ReadAsync(await client.PutAsJsonAsync($"/api/exchanges/{reference.ToLowerInvariant()}",
            new { partyA = "RU", partyB = "UA", terms = "n-for-n", countPerSide = 50, place = "Sumy region", version = ExchangeTestKit.Version(exchange) }), HttpStatusCode.OK);
        Assert.Equal("n-for-n", changed.GetProperty("terms").GetString());
        Assert.Equal(50, changed.GetProperty("countPerSide").GetInt32());
        await ExchangeTestKit.ReadAsync(await client.PutAsJsonAsync($"/api/exchanges/{reference}",
            new { partyA = "RU", partyB = "UA", terms = "all-for-all", version = ExchangeTestKit.Version(exchange) }), HttpStatusCode.Conflict);

        await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/exchanges/{reference}/cancel", new { version = ExchangeTestKit.Version(changed) }), HttpStatusCode.BadRequest);
        var cancelled = await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/exchanges/{reference}/cancel", new { note = "Talks broke down", version = ExchangeTestKit.Version(changed) }), HttpStatusCode.OK);
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/exchanges/EXC-0000-0000")).StatusCode);
    }
}
