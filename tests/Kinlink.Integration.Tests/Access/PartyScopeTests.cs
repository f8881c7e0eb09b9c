using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

public class PartyScopeTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Four persons: a Ukrainian and a third-country national held by Russia, a Russian and a third-country
    /// national held by Ukraine. Returns their references in that order.
    /// </summary>
    private static async Task<(string UkrainianHeldByRu, string ForeignerHeldByRu, string RussianHeldByUa, string ForeignerHeldByUa)> SeedAsync(HttpClient intermediary)
    {
        async Task<string> Add(string surname, string? dependsOn, string place)
        {
            var created = await (await intermediary.PostAsJsonAsync("/api/persons", new { surname, givenName = "Test", dependsOn })).Content.ReadFromJsonAsync<JsonElement>(Json);
            var reference = created.GetProperty("reference").GetString()!;
            (await intermediary.PostAsJsonAsync($"/api/persons/{reference}/events", new { @event = new { kind = "captured", date = "2025-05-01", place } })).EnsureSuccessStatusCode();
            return reference;
        }

        return (
            await Add("Коваленко", "UA", TestRegistry.CampRu),
            await Add("Smith", null, TestRegistry.CampRu),
            await Add("Смірнов", "RU", TestRegistry.CampUa),
            await Add("Jones", null, TestRegistry.CampUa));
    }

    private static async Task<List<string>> SurnamesAsync(HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/persons?pageSize=50{query}", Json)).GetProperty("items").EnumerateArray()
            .Select(p => p.GetProperty("surname").GetString()!).Order(StringComparer.Ordinal).ToList();

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_sees_whom_it_holds_and_its_own_nationals_but_not_others_held_by_the_other_side(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var (ukrainian, foreignerHeldByRu, russian, foreignerHeldByUa) = await SeedAsync(app.CreateClient());
        var ua = app.CreateClient("bureau-officer", "UA");
        var ru = app.CreateClient("bureau-officer", "RU");

        Assert.Equal(["Jones", "Smith", "Коваленко", "Смірнов"], await SurnamesAsync(app.CreateClient()));
        Assert.Equal(["Jones", "Коваленко", "Смірнов"], await SurnamesAsync(ua));
        Assert.Equal(["Smith", "Коваленко", "Смірнов"], await SurnamesAsync(ru));
        Assert.Empty(await SurnamesAsync(ua, "&name=smith"));

        Assert.Equal(HttpStatusCode.OK, (await ua.GetAsync($"/api/persons/{ukrainian}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync($"/api/persons/{foreignerHeldByRu}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync($"/api/persons/{foreignerHeldByRu}/events")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ru.GetAsync($"/api/persons/{foreignerHeldByUa}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ru.GetAsync($"/api/persons/{russian}")).StatusCode);

        var campAsSeenByUa = await ua.GetFromJsonAsync<JsonElement>($"/api/places/{TestRegistry.CampRu}", Json);
        Assert.Equal(1, campAsSeenByUa.GetProperty("heldNow").GetInt32());
        var placesAsSeenByUa = await ua.GetFromJsonAsync<JsonElement>("/api/places?party=RU", Json);
        Assert.Equal(1, placesAsSeenByUa.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("code").GetString() == TestRegistry.CampRu).GetProperty("heldNow").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Pages_and_exports_obey_the_same_scope(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var (_, foreignerHeldByRu, _, _) = await SeedAsync(app.CreateClient());
        var ua = app.CreateClient("bureau-officer", "UA");

        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync($"/Registry/Persons/{foreignerHeldByRu}")).StatusCode);
        var list = await ua.GetStringAsync("/Registry/Persons");
        Assert.Contains("Коваленко", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Smith", list, StringComparison.Ordinal);
        var placePage = await ua.GetStringAsync($"/Registry/Places/{TestRegistry.CampRu}");
        Assert.Contains("Коваленко", placePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Smith", placePage, StringComparison.Ordinal);

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var export = scope.ServiceProvider.GetRequiredService<Kinlink.Data.Registry.ExportService>();
        using var output = new MemoryStream();
        var count = await export.ExportPersonsAsync(output, null, new Kinlink.Domain.Common.Actor("bureau.ua", "UA"));
        var csv = Encoding.UTF8.GetString(output.ToArray());
        Assert.Equal(3, count);
        Assert.DoesNotContain("Smith", csv, StringComparison.Ordinal);
        Assert.Contains("Jones", csv, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_sees_the_persons_it_registered_itself_even_before_it_records_where_they_are_held(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var ru = app.CreateClient("bureau-officer", "RU");
        var ua = app.CreateClient("bureau-officer", "UA");

        var national = await ru.PostAsJsonAsync("/api/persons", new { surname = "Коваленко", dependsOn = "UA" });
        var foreigner = await ru.PostAsJsonAsync("/api/persons", new { surname = "Smith" });

        Assert.Equal(HttpStatusCode.Created, national.StatusCode);
        Assert.Equal(HttpStatusCode.Created, foreigner.StatusCode);
        Assert.Equal(["Smith", "Коваленко"], await SurnamesAsync(ru));
        Assert.Equal(["Коваленко"], await SurnamesAsync(ua));
        var foreignerReference = (await foreigner.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("reference").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync($"/api/persons/{foreignerReference}")).StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_officer_imports_only_the_lists_of_their_own_party(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var ua = app.CreateClient("bureau-officer", "UA");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("surname,place\nІваненко,RU-CAMP-01\n"));
        file.Headers.ContentType = new("text/csv");

        var response = await ua.PostAsync("/api/imports", new MultipartFormDataContent { { file, "file", "list.csv" }, { new StringContent("RU"), "party" }, { new StringContent("a list"), "source" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var error = Assert.Single(report.GetProperty("errors").EnumerateArray());
        Assert.Equal("party", error.GetProperty("column").GetString());
        Assert.Equal(0, (await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/persons", Json)).GetProperty("total").GetInt32());
    }
}
