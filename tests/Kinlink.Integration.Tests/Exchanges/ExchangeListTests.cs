using System.Net;
using System.Net.Http.Json;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Exchanges;

public class ExchangeListTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Imported_lists_are_matched_clear_ambiguous_and_not_found_and_a_service_number_resolves_alone(DatabaseKind kind)
    {
        var world = await ExchangeTestKit.StartAsync(kind);
        await using var _ = world.App;
        var client = world.App.CreateClient("caseworker");
        var exchange = await ExchangeTestKit.CreateAsync(client);
        var reference = exchange.GetProperty("reference").GetString()!;

        var report = await ExchangeTestKit.ReadAsync(await ExchangeTestKit.ImportAsync(client, reference, "RU", ExchangeTestKit.RuList, ExchangeTestKit.Version(exchange)), HttpStatusCode.OK);
        Assert.Equal(4, report.GetProperty("rowsAccepted").GetInt32());
        Assert.Equal(2, report.GetProperty("resolved").GetInt32());
        Assert.Equal(1, report.GetProperty("ambiguous").GetInt32());
        Assert.Equal(1, report.GetProperty("notFound").GetInt32());

        exchange = await ExchangeTestKit.GetAsync(client, reference);
        var clear = ExchangeTestKit.EntryOf(exchange, "Коваленко");
        Assert.Equal("resolved", clear.GetProperty("resolution").GetString());
        Assert.Equal(world.Clear, clear.GetProperty("person").GetProperty("reference").GetString());
        var numbered = ExchangeTestKit.EntryOf(exchange, "Kravets");
        Assert.Equal("resolved", numbered.GetProperty("resolution").GetString());
        Assert.Equal(world.Numbered, numbered.GetProperty("person").GetProperty("reference").GetString());
        var twin = ExchangeTestKit.EntryOf(exchange, "Шевченко");
        Assert.Equal("ambiguous", twin.GetProperty("resolution").GetString());
        Assert.Equal(JsonValueKindNull, twin.GetProperty("person").ValueKind);
        Assert.Contains("not tied to a registry person", twin.GetProperty("blockers").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("not-found", ExchangeTestKit.EntryOf(exchange, "Невідомий").GetProperty("resolution").GetString());

        // The entry page's data: both twins proposed with the engine's explanation; the caseworker chooses one.
        var detail = await ExchangeTestKit.ReadAsync(await client.GetAsync($"/api/exchanges/{reference}/entries/{ExchangeTestKit.Id(twin)}"), HttpStatusCode.OK);
        var candidates = detail.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("reference").GetString()).ToList();
        Assert.Contains(world.TwinA, candidates);
        Assert.Contains(world.TwinB, candidates);
        Assert.NotEmpty(detail.GetProperty("candidates")[0].GetProperty("explanation").EnumerateArray());
        exchange = await ExchangeTestKit.ChangeAsync(client, reference, ExchangeTestKit.Id(twin), "resolve", new { person = world.TwinB, version = detail.GetProperty("version").GetInt32() });
        twin = ExchangeTestKit.EntryOf(exchange, "Шевченко");
        Assert.Equal("resolved", twin.GetProperty("resolution").GetString());
        Assert.Equal(world.TwinB, twin.GetProperty("person").GetProperty("reference").GetString());

        // The other side's list matches names written in another script.
        report = await ExchangeTestKit.ReadAsync(await ExchangeTestKit.ImportAsync(client, reference, "UA", ExchangeTestKit.UaList, ExchangeTestKit.Version(exchange)), HttpStatusCode.OK);
        Assert.Equal(2, report.GetProperty("resolved").GetInt32());
        exchange = await ExchangeTestKit.GetAsync(client, reference);
        Assert.Equal(world.Petrov, ExchangeTestKit.EntryOf(exchange, "Petrov").GetProperty("person").GetProperty("reference").GetString());
        Assert.Equal("UA", ExchangeTestKit.EntryOf(exchange, "Petrov").GetProperty("releasingParty").GetString());
        Assert.Equal(4, exchange.GetProperty("balance").GetProperty("sideA").GetProperty("listed").GetInt32());
        Assert.Equal(2, exchange.GetProperty("balance").GetProperty("sideB").GetProperty("listed").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_list_sent_as_an_Excel_workbook_is_read_reported_and_matched_as_a_CSV_list_is(DatabaseKind kind)
    {
        var world = await ExchangeTestKit.StartAsync(kind);
        await using var _ = world.App;
        var client = world.App.CreateClient("caseworker");
        var exchange = await ExchangeTestKit.CreateAsync(client);
        var reference = exchange.GetProperty("reference").GetString()!;
        var workbook = Registry.XlsxBuilder.TextRows(
            ["Surname", "Given name", "Patronymic", "Date of birth"],
            ["Коваленко", "Олександр", "Миколайович", "1990-03-04"],
            ["Бондар", "Іван", "", "1990-13-45"]);

        var report = await ExchangeTestKit.ReadAsync(await ExchangeTestKit.ImportAsync(client, reference, "RU", workbook,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ExchangeTestKit.Version(exchange), "ru-list.xlsx"), HttpStatusCode.OK);
        Assert.Equal(2, report.GetProperty("rowsTotal").GetInt32());
        Assert.Equal(1, report.GetProperty("rowsAccepted").GetInt32());
        var error = Assert.Single(report.GetProperty("errors").EnumerateArray());
        Assert.Equal((3, "date_of_birth"), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetString()));
        var entry = ExchangeTestKit.EntryOf(await ExchangeTestKit.GetAsync(client, reference), "Коваленко");
        Assert.Equal("resolved", entry.GetProperty("resolution").GetString());
        Assert.Equal(world.Clear, entry.GetProperty("person").GetProperty("reference").GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_list_reports_bad_rows_by_line_and_column_stores_the_good_ones_and_adds_nothing_when_imported_again(DatabaseKind kind)
    {
        var world = await ExchangeTestKit.StartAsync(kind);
        await using var _ = world.App;
        var client = world.App.CreateClient("caseworker");
        var exchange = await ExchangeTestKit.CreateAsync(client);
        var reference = exchange.GetProperty("reference").GetString()!;
        const string list =
            "Surname,Given Name,date-of-birth,service_number\n"
            + "Коваленко,Олександр,1990-03-04,\n"
            + "Бондар,Іван,1990-13-45,\n"
            + ",Петро,1980-01-01,\n"
            + "Kravets,Ivan,1989-09-09,UA-555111\n"
            + "Кравець,Іван,1989-09-09, ua-555111 \n"
            + "КОВАЛЕНКО,Олександр,1990-03-04,\n";

        var report = await ExchangeTestKit.ReadAsync(await ExchangeTestKit.ImportAsync(client, reference, "RU", list, ExchangeTestKit.Version(exchange)), HttpStatusCode.OK);
        Assert.Equal(6, report.GetProperty("rowsTotal").GetInt32());
        Assert.Equal(2, report.GetProperty("rowsAccepted").GetInt32());
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (Line: e.GetProperty("line").GetInt32(), Column: e.GetProperty("column").GetString())).ToList();
        Assert.Contains((3, "date_of_birth"), errors);
        Assert.Contains((4, "surname"), errors);
        Assert.Contains((6, "service_number"), errors);
        Assert.Contains((7, "surname"), errors);
        Assert.Equal(4, errors.Count);

        exchange = await ExchangeTestKit.GetAsync(client, reference);
        Assert.Equal(2, exchange.GetProperty("entries").GetArrayLength());
        var again = await ExchangeTestKit.ReadAsync(await ExchangeTestKit.ImportAsync(client, reference, "RU", list, ExchangeTestKit.Version(exchange)), HttpStatusCode.BadRequest);
        Assert.Equal(0, again.GetProperty("rowsAccepted").GetInt32());
        Assert.Equal(2, (await ExchangeTestKit.GetAsync(client, reference)).GetProperty("entries").GetArrayLength());

        var unknown = await ExchangeTestKit.ReadAsync(await ExchangeTestKit.ImportAsync(client, reference, "RU", "surname,rank\nБондар,сержант\n", ExchangeTestKit.Version(exchange)), HttpStatusCode.BadRequest);
        var headerError = Assert.Single(unknown.GetProperty("errors").EnumerateArray());
        Assert.Equal(1, headerError.GetProperty("line").GetInt32());
        Assert.Equal("rank", headerError.GetProperty("column").GetString());
        Assert.Equal(2, (await ExchangeTestKit.GetAsync(client, reference)).GetProperty("entries").GetArrayLength());

        var template = await client.GetStringAsync("/api/exchanges/list-template.csv");
        Assert.StartsWith("surname,given_name,patronymic,date_of_birth,service_number,note", template.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Persons_are_added_from_the_registry_by_reference_or_by_what_the_party_holds_and_never_twice(DatabaseKind kind)
    {
        var world = await ExchangeTestKit.StartAsync(kind);
        await using var _ = world.App;
        var client = world.App.CreateClient("caseworker");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/exchanges", new { partyA = "RU", partyB = "UA", terms = "categories" })).StatusCode);
        var exchange = await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync("/api/exchanges", new { partyA = "RU", partyB = "UA", terms = "categories", categories = "the seriously wounded" }), HttpStatusCode.Created);
        var reference = exchange.GetProperty("reference").GetString()!;

        exchange = await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/exchanges/{reference}/entries",
            new { party = "RU", seriouslyIllOrWounded = true, version = ExchangeTestKit.Version(exchange) }), HttpStatusCode.OK);
        var entry = Assert.Single(exchange.GetProperty("entries").EnumerateArray());
        Assert.Equal(world.Numbered, entry.GetProperty("person").GetProperty("reference").GetString());
        Assert.Equal("registry", entry.GetProperty("source").GetString());
        Assert.Equal("resolved", entry.GetProperty("resolution").GetString());

        exchange = await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/exchanges/{reference}/entries",
            new { party = "UA", persons = new[] { world.Ivanov }, version = ExchangeTestKit.Version(exchange) }), HttpStatusCode.OK);
        exchange = await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/exchanges/{reference}/entries",
            new { party = "UA", persons = new[] { world.Ivanov }, version = ExchangeTestKit.Version(exchange) }), HttpStatusCode.OK);
        Assert.Equal(2, exchange.GetProperty("entries").GetArrayLength());

        var problem = await ExchangeTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/exchanges/{reference}/entries",
            new { party = "KL", persons = new[] { world.Ivanov }, version = ExchangeTestKit.Version(exchange) }), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("party", out var _));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
