using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinlink.Data.Persistence;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Security;

/// <summary>
/// Markup and SQL-looking text typed into every free-text field comes back inert: encoded in every page, exact in
/// the JSON, stored verbatim, and the tables are still there.
/// </summary>
public sealed class OutputEncodingTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "Robert'); DROP TABLE persons;--",
    ];

    // Raw markup that would run if any payload reached a page unencoded.
    private static readonly string[] Dangerous = ["<script>alert", "<img src=x"];

    private static readonly string[] NameFields = ["surname", "givenName", "patronymic"];

    private static readonly string[] PersonTextFields =
        ["placeOfBirth", "rank", "fatherName", "motherMaidenName", "informName", "informAddress", "correspondenceAddress", "languages"];

    /// <summary>The payload as a name: names refuse digits, so alert(1) becomes alert(document.domain).</summary>
    private static string AsName(string payload) => payload.Replace("1", "document.domain", StringComparison.Ordinal);

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Script_and_sql_looking_text_in_every_field_comes_back_inert(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        // The account's own name is shown on pages too (signed in as, recorded by, imported by).
        using var writer = HeaderClient(app, Payloads[0] + "@test.example", "caseworker");
        var persons = new List<(string Reference, string Payload)>();
        var places = new List<(string Code, string Payload)>();

        for (var i = 0; i < Payloads.Length; i++)
        {
            var payload = Payloads[i];
            var placeCode = $"RU-XSS-{i + 1}";
            var place = await writer.PostAsJsonAsync("/api/places", new
            {
                code = placeCode, name = payload, nameLatin = payload, kind = "camp", holdingParty = "RU", region = payload, address = payload,
            });
            Assert.True(place.StatusCode == HttpStatusCode.Created, await place.Content.ReadAsStringAsync());
            places.Add((placeCode, payload));

            // Names in Latin letters, in Cyrillic, and in both.
            var name = AsName(payload);
            var body = PersonTextFields.ToDictionary(f => f, f => (object?)payload);
            body["surname"] = i switch { 0 => name, 1 => "Коваленко" + name, _ => name + " Шевчук" };
            body["givenName"] = name;
            body["patronymic"] = i == 1 ? "Іванович" + name : name;
            body["category"] = "pow";
            body["dependsOn"] = "UA";
            var created = await writer.PostAsJsonAsync("/api/persons", body);
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            var reference = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("reference").GetString()!;
            persons.Add((reference, payload));

            var captured = await writer.PostAsJsonAsync($"/api/persons/{reference}/events", new { @event = new { kind = "captured", date = "2026-10-01", place = placeCode, note = payload, source = payload } });
            Assert.True(captured.StatusCode == HttpStatusCode.Created, await captured.Content.ReadAsStringAsync());
            var hospitalised = await writer.PostAsJsonAsync($"/api/persons/{reference}/events", new
            {
                @event = new { kind = "hospitalised", date = "2026-10-20", place = placeCode, condition = payload, seriouslyIllOrWounded = true, note = payload },
            });
            Assert.True(hospitalised.StatusCode == HttpStatusCode.Created, await hospitalised.Content.ReadAsStringAsync());

            var imported = await writer.PostAsync(new Uri("/api/imports", UriKind.Relative), ImportUpload(payload, i));
            Assert.True(imported.StatusCode == HttpStatusCode.Created, await imported.Content.ReadAsStringAsync());
        }

        // JSON: every field holds exactly what was sent.
        foreach (var (reference, payload) in persons)
        {
            var person = await writer.GetFromJsonAsync<JsonElement>($"/api/persons/{reference}", Json);
            foreach (var field in PersonTextFields)
            {
                Assert.Equal(payload, person.GetProperty(field).GetString());
            }

            Assert.All(NameFields, field => Assert.Contains(AsName(payload), person.GetProperty(field).GetString()!, StringComparison.Ordinal));
            var events = person.GetProperty("timeline").EnumerateArray().ToList();
            Assert.Contains(events, e => e.GetProperty("note").GetString() == payload && e.GetProperty("source").GetString() == payload);
            Assert.Contains(events, e => e.GetProperty("condition").GetString() == payload);
            Assert.All(events, e => Assert.Equal(Payloads[0] + "@test.example", e.GetProperty("recordedBy").GetString()));
        }

        foreach (var (code, payload) in places)
        {
            var place = await writer.GetFromJsonAsync<JsonElement>($"/api/places/{code}", Json);
            foreach (var field in new[] { "name", "nameLatin", "region", "address" })
            {
                Assert.Equal(payload, place.GetProperty(field).GetString());
            }
        }

        var imports = (await writer.GetFromJsonAsync<JsonElement>("/api/imports?pageSize=50", Json)).GetProperty("items").EnumerateArray().ToList();
        foreach (var (payload, i) in Payloads.Select((p, i) => (p, i)))
        {
            Assert.Contains(imports, s => s.GetProperty("label").GetString() == payload && s.GetProperty("fileName").GetString() == FileName(payload, i));
        }

        var search = await writer.GetFromJsonAsync<JsonElement>($"/api/persons?name={Uri.EscapeDataString(Payloads[2])}", Json);
        Assert.True(search.GetProperty("total").GetInt32() >= 1, "a search by the SQL-looking name finds its person");

        // Pages: every payload is shown, and only encoded.
        using var reader = app.Browser("admin");
        var pageUrls = new List<string> { "/", "/Registry/Persons", "/Registry/Places", "/Registry/Imports", "/Registry/HealthNews", $"/Registry/Persons?name={Uri.EscapeDataString(Payloads[2])}" };
        pageUrls.AddRange(persons.SelectMany(p => new[] { $"/Registry/Persons/{p.Reference}", $"/Registry/Persons/{p.Reference}/Edit", $"/Registry/Persons/{p.Reference}/Events/New" }));
        pageUrls.AddRange(places.Select(p => $"/Registry/Places/{p.Code}"));
        var seenOnPages = new StringBuilder();
        foreach (var url in pageUrls)
        {
            var (response, html) = await reader.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            foreach (var raw in Dangerous)
            {
                Assert.False(html.Contains(raw, StringComparison.OrdinalIgnoreCase), $"{url} holds raw markup {raw}");
            }

            seenOnPages.Append(WebUtility.HtmlDecode(html));
        }

        using var signedInAsPayload = HeaderClient(app, Payloads[1] + "@test.example", "caseworker");
        var (_, layout) = await signedInAsPayload.GetPageAsync("/");
        Assert.DoesNotContain("<img src=x", layout, StringComparison.Ordinal);
        Assert.Contains(Payloads[1] + "@test.example", WebUtility.HtmlDecode(layout), StringComparison.Ordinal);

        foreach (var (reference, payload) in persons)
        {
            var (_, details) = await reader.GetPageAsync($"/Registry/Persons/{reference}");
            var decoded = WebUtility.HtmlDecode(details);
            // Particulars, event notes, sources and conditions, place names: the page shows them all, and the name.
            Assert.True(CountOf(decoded, payload) >= PersonTextFields.Length, $"{reference}: the payload shows {CountOf(decoded, payload)} times");
            Assert.Contains(AsName(payload), decoded, StringComparison.Ordinal);
            var (_, edit) = await reader.GetPageAsync($"/Registry/Persons/{reference}/Edit");
            foreach (var field in PersonTextFields)
            {
                Assert.Equal(payload, HtmlPage.FieldValue(edit, field));
            }

            Assert.Contains(AsName(payload), HtmlPage.FieldValue(edit, "givenName"), StringComparison.Ordinal);
        }

        var all = seenOnPages.ToString();
        foreach (var payload in Payloads)
        {
            Assert.Contains(payload, all, StringComparison.Ordinal);
            Assert.Contains(FileName(payload, Array.IndexOf(Payloads, payload)), all, StringComparison.Ordinal);
        }

        // The database: the SQL-looking text is stored verbatim and the tables are all still there.
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var stored = await db.Persons.AsNoTracking().ToListAsync();
        Assert.Equal(6, stored.Count); // three registered by hand, three by the lists
        Assert.Equal(2, stored.Count(p => p.FatherName == Payloads[2] && p.Rank == Payloads[2] && p.InformAddress == Payloads[2]));
        Assert.Equal(3, await db.Places.CountAsync(p => p.Code.StartsWith("RU-XSS-")));
        Assert.Equal(3, await db.SourceLists.CountAsync());
    }

    /// <summary>The payload as a file name: a file name holds no slash (the import keeps what follows the last one).</summary>
    private static string FileName(string payload, int index) => $"{payload.Replace("/", "", StringComparison.Ordinal)} {index}.csv";

    private static MultipartFormDataContent ImportUpload(string payload, int index)
    {
        static string Cell(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var csv = "service_number,surname,given_name,depends_on,category,place_of_birth,rank,father_name,mother_maiden_name,inform_name,inform_address,correspondence_address,language\n"
            + $"LIST-{index},{Cell(AsName(payload))},{Cell(AsName(payload))},RU,pow,{string.Join(',', Enumerable.Repeat(Cell(payload), 8))}\n";
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        file.Headers.ContentDisposition = new("form-data") { Name = "\"file\"", FileNameStar = FileName(payload, index) };
        return new MultipartFormDataContent { file, { new StringContent("RU"), "party" }, { new StringContent(payload), "source" } };
    }

    private static HttpClient HeaderClient(AppFixture app, string userName, string role)
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, userName);
        client.DefaultRequestHeaders.Add(TestAuthHandler.RolesHeader, role);
        return client;
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
