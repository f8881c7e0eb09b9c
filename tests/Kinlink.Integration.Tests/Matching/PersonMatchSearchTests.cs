using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Testing;
using static Kinlink.Integration.Tests.Matching.PersonMatchTestKit;

namespace Kinlink.Integration.Tests.Matching;

public class PersonMatchSearchTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_issue_example_is_found_first_with_an_explanation_per_field_and_the_latin_reading_finds_it_too(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var client = app.CreateClient();
        var (id, reference) = await RegisterIssueExampleAsync(client);

        var result = await SearchAsync(client, Q("Олександр Миколайович Коваленко") + "&dob=1994");
        var first = result.GetProperty("items")[0];
        Assert.Equal(id, first.GetProperty("id").GetGuid());
        Assert.Equal(reference, first.GetProperty("reference").GetString());
        Assert.Contains(first.GetProperty("bucket").GetString(), new[] { "likely", "possible" });
        Assert.InRange(first.GetProperty("probability").GetDouble(), 0, 1);
        var lines = first.GetProperty("explanation").EnumerateArray().ToList();
        var patronymic = Assert.Single(lines, l => l.GetProperty("field").GetString() == "patronymic");
        Assert.Equal("same-father", patronymic.GetProperty("level").GetString());
        Assert.Equal("equivalent", patronymic.GetProperty("kind").GetString());
        Assert.True(patronymic.GetProperty("weight").GetDouble() > 0);
        Assert.Contains("Миколайович", patronymic.GetProperty("text").GetString(), StringComparison.Ordinal);
        var date = Assert.Single(lines, l => l.GetProperty("field").GetString() == "date_of_birth");
        Assert.Equal("same-year-only", date.GetProperty("level").GetString());
        Assert.Single(lines, l => l.GetProperty("field").GetString() == "given_name" && l.GetProperty("level").GetString() == "same-name");

        var latin = await SearchAsync(client, Q("Kovalenko Aleksandr"));
        var latinIds = latin.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(id, latinIds);
        Assert.All(latin.GetProperty("items").EnumerateArray(), i => Assert.Contains(i.GetProperty("bucket").GetString(), new[] { "likely", "possible" }));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_latin_query_finds_a_person_written_only_in_cyrillic(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var client = app.CreateClient();
        var (id, _) = await RegisterAsync(client, Person("Шевчук", "Юрій", "Богданович", "1987-06-30"));
        await RegisterAsync(client, Person("Мельник", "Іван", "Петрович", "1987-06-30"));

        var result = await SearchAsync(client, Q("Yurii Shevchuk") + "&dob=1987-06-30&sex=M&top=5");

        var first = result.GetProperty("items")[0];
        Assert.Equal(id, first.GetProperty("id").GetGuid());
        Assert.Equal("Шевчук", first.GetProperty("surname").GetString());
        Assert.Equal("likely", first.GetProperty("bucket").GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_key_shared_by_more_persons_than_the_slice_limit_is_not_followed(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var client = app.CreateClient();
        // A surname alone is keyed only by the surname: its slice holds every person of that name.
        string[] given = ["Александр", "Сергей", "Андрей", "Дмитрий", "Иван", "Николай", "Олег", "Петр", "Юрий", "Виктор"];
        var rows = Enumerable.Range(0, Kinlink.Matching.Engine.CandidateKeys.SliceLimit)
            .Select(i => $"S-{i},Коваленко,{given[i % given.Length]},M,{1960 + (i % 40)}-{1 + (i % 12):D2}-{1 + (i % 28):D2},UA");
        await ImportAsync(client, string.Join('\n', rows.Prepend("service_number,surname,given_name,sex,date_of_birth,depends_on")) + "\n");

        var atTheLimit = await SearchAsync(client, Q("Коваленко"));
        Assert.Equal(Kinlink.Matching.Engine.CandidateKeys.SliceLimit, atTheLimit.GetProperty("candidatesScored").GetInt32());

        await ImportAsync(client, "service_number,surname,given_name,sex,date_of_birth,depends_on\nS-extra,Коваленко,Богдан,M,1977-07-07,UA\n");
        var overTheLimit = await SearchAsync(client, Q("Коваленко"));
        Assert.Equal(0, overTheLimit.GetProperty("candidatesScored").GetInt32());
        Assert.Equal(0, overTheLimit.GetProperty("items").GetArrayLength());

        // The name with a year still finds them: the year's slice is small.
        var withYear = await SearchAsync(client, Q("Коваленко Богдан") + "&dob=1977");
        Assert.Equal("Богдан", withYear.GetProperty("items")[0].GetProperty("givenName").GetString());
    }

    private static async Task ImportAsync(HttpClient client, string csv)
    {
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        var import = await client.PostAsync("/api/imports", new MultipartFormDataContent { { file, "file", "list.csv" }, { new StringContent("RU"), "party" }, { new StringContent("RU list"), "source" } });
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_place_of_birth_with_control_characters_is_saved_and_the_person_found(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var client = app.CreateClient();
        // The stored prepared forms delimit their fields with control characters; a place of birth may hold them.
        var (id, _) = await RegisterAsync(client, Person("Бондар", "Василь", "Іванович", "1990-01-02", placeOfBirth: "Суми\u001e\u001f\t"));

        var result = await SearchAsync(client, Q("Bondar Vasyl") + "&dob=1990-01-02");

        Assert.Equal(id, result.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_finds_only_the_persons_it_may_see_and_its_nationals_held_by_the_other_side_in_notification_form(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var caseworker = app.CreateClient();
        var (russian, _) = await RegisterAsync(caseworker, Person("Смирнов", "Дмитрий", "Андреевич", "1990-01-15", dependsOn: "RU"));
        var (ukrainian, _) = await RegisterAsync(caseworker, Person("Бондаренко", "Андрій", "Іванович", "1991-02-16", dependsOn: "UA"));
        var ua = app.CreateClient("bureau-officer", "UA");

        var hidden = await SearchAsync(ua, Q("Смирнов Дмитрий Андреевич") + "&dob=1990-01-15");
        Assert.DoesNotContain(hidden.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == russian);
        var byCaseworker = await SearchAsync(caseworker, Q("Смирнов Дмитрий Андреевич") + "&dob=1990-01-15");
        Assert.Equal(russian, byCaseworker.GetProperty("items")[0].GetProperty("id").GetGuid());

        var national = await SearchAsync(ua, Q("Бондаренко Андрій") + "&dob=1991");
        var found = national.GetProperty("items")[0];
        Assert.Equal(ukrainian, found.GetProperty("id").GetGuid());
        Assert.Equal("notification", found.GetProperty("access").GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_is_told_the_weights_but_not_the_registry_counts_that_would_tell_of_persons_it_may_not_see(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var caseworker = app.CreateClient();
        var (ukrainian, _) = await RegisterAsync(caseworker, Person("Бондаренко", "Андрій", "Іванович", "1991-02-16", dependsOn: "UA"));
        // Namesakes the Ukrainian bureau may not see: the counts would tell it they exist.
        await RegisterAsync(caseworker, Person("Бондаренко", "Андрей", "Петрович", "1985-03-01", dependsOn: "RU"));
        await RegisterAsync(caseworker, Person("Бондаренко", "Сергей", "Иванович", "1979-05-07", dependsOn: "RU"));
        var query = Q("Бондаренко Андрій Іванович") + "&dob=1991-02-16";

        var byCaseworker = await SearchAsync(caseworker, query);
        var byParty = await SearchAsync(app.CreateClient("bureau-officer", "UA"), query);

        var told = byCaseworker.GetProperty("items")[0];
        var partyTold = byParty.GetProperty("items")[0];
        Assert.Equal(ukrainian, told.GetProperty("id").GetGuid());
        Assert.Equal(ukrainian, partyTold.GetProperty("id").GetGuid());
        Assert.Contains("records in the registry share it", Texts(told), StringComparison.Ordinal);
        Assert.Contains("one record among 3", byCaseworker.GetProperty("prior").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("share it", Texts(partyTold), StringComparison.Ordinal);
        Assert.DoesNotContain("among", byParty.GetProperty("prior").GetString(), StringComparison.Ordinal);
        // The same evidence weighs the same: only the counts are left out.
        Assert.Equal(told.GetProperty("score").GetDouble(), partyTold.GetProperty("score").GetDouble());
    }

    private static string Texts(JsonElement item) =>
        string.Join("\n", item.GetProperty("explanation").EnumerateArray().Select(line => line.GetProperty("text").GetString()));

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite, "dob=1994", "q")]
    [InlineData(DatabaseKind.Sqlite, "q=Kovalenko&dob=12.03.1994", "dob")]
    [InlineData(DatabaseKind.Sqlite, "q=Kovalenko&top=0", "top")]
    [InlineData(DatabaseKind.Sqlite, "q=Kovalenko&top=101", "top")]
    [InlineData(DatabaseKind.Sqlite, "q=Kovalenko&top=ten", "top")]
    [InlineData(DatabaseKind.Sqlite, "q=Kovalenko&sex=X", "sex")]
    [InlineData(DatabaseKind.Postgres, "q=%20&dob=1994", "q")]
    [InlineData(DatabaseKind.Postgres, "q=Kovalenko&dob=1994-13", "dob")]
    [InlineData(DatabaseKind.Postgres, "q=Kovalenko&top=-1", "top")]
    public async Task Bad_parameters_get_a_problem_naming_the_parameter(DatabaseKind kind, string query, string parameter)
    {
        await using var app = AppFixture.Start(kind);
        var response = await app.CreateClient().GetAsync($"/api/persons/search?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name {parameter}: {problem}");
    }
}
