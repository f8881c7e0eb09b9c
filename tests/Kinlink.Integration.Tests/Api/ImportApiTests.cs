using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Api;

public class ImportApiTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static MultipartFormDataContent Upload(string csv, string party, string source, string fileName = "list.csv")
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(party), "party" }, { new StringContent(source), "source" } };
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_list_uploaded_through_the_api_is_stored_once_and_reported_row_by_row(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var client = app.CreateClient();
        const string csv = "service_number,surname,given_name,date_of_birth,depends_on,place,event,event_date\n"
            + "Ж-1,Коваленко,Александр,1994-03-12,UA,RU-CAMP-01,captured,2026-10-01\n"
            + "Ж-2,Шевчук,Пётр,1990-02-30,UA,RU-CAMP-01,captured,2026-10-01\n";

        var first = await client.PostAsync("/api/imports", Upload(csv, "RU", "list of 2026-11-20"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var report = await first.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(1, report.GetProperty("rowsAccepted").GetInt32());
        var error = Assert.Single(report.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal("date_of_birth", error.GetProperty("column").GetString());

        var again = await (await client.PostAsync("/api/imports", Upload(csv, "RU", "list of 2026-11-20, sent again"))).Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(0, again.GetProperty("personsCreated").GetInt32());
        Assert.Equal(0, again.GetProperty("eventsAdded").GetInt32());
        var persons = await client.GetFromJsonAsync<JsonElement>("/api/persons", Json);
        Assert.Equal(1, persons.GetProperty("total").GetInt32());

        var imports = await client.GetFromJsonAsync<JsonElement>("/api/imports", Json);
        Assert.Equal(2, imports.GetProperty("total").GetInt32());
        var newest = imports.GetProperty("items")[0];
        Assert.Equal("list of 2026-11-20, sent again", newest.GetProperty("label").GetString());
        Assert.Equal("RU", newest.GetProperty("party").GetString());
        var byId = await client.GetFromJsonAsync<JsonElement>($"/api/imports/{newest.GetProperty("id").GetGuid()}", Json);
        Assert.Equal("list.csv", byId.GetProperty("fileName").GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_list_with_an_unknown_column_gets_400_naming_it_and_stores_nothing(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var client = app.CreateClient();

        var response = await client.PostAsync("/api/imports", Upload("surname,blood_group\nКоваленко,A+\n", "RU", "list"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var error = Assert.Single(report.GetProperty("errors").EnumerateArray());
        Assert.Equal("blood_group", error.GetProperty("column").GetString());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/persons", Json)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/imports", Json)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_template_has_every_import_column()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var response = await app.CreateClient().GetAsync("/api/imports/template.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var header = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n')[0];
        Assert.Equal(Kinlink.Data.Registry.ImportColumns.All, header.Split(','));
    }
}
