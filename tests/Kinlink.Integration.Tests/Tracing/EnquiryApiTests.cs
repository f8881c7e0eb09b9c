using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Tracing;

public class EnquiryApiTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static async Task<(AppFixture App, HttpClient Client)> StartAsync(DatabaseKind kind)
    {
        var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        return (app, app.CreateClient("caseworker"));
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, JsonObject body)
    {
        var response = await client.PostAsJsonAsync("/api/enquiries", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    private static async Task<int> StoredCountAsync(AppFixture app)
    {
        await using var db = app.Database.NewContext();
        return await db.Enquiries.CountAsync();
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Creates_an_enquiry_and_reads_every_field_back_by_reference_and_by_id(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;

        var response = await client.PostAsJsonAsync("/api/enquiries", EnquiryTestKit.ValidBody());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var reference = created.GetProperty("reference").GetString()!;
        Assert.Matches("^ENQ-[0-9A-Z]{4}-[0-9A-Z]{4}$", reference);
        Assert.Equal($"/api/enquiries/{reference}", response.Headers.Location?.OriginalString);

        var byReference = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference.ToLowerInvariant()}", Json);
        var byId = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{created.GetProperty("id").GetGuid()}", Json);
        foreach (var read in new[] { created, byReference, byId })
        {
            Assert.Equal(reference, read.GetProperty("reference").GetString());
            Assert.Equal("open", read.GetProperty("status").GetString());
            Assert.Equal("partner-society", read.GetProperty("channel").GetString());
            Assert.Equal("caseworker@test.example", read.GetProperty("createdBy").GetString());
            Assert.Equal(app.Factory.Clock.GetUtcNow(), read.GetProperty("createdAt").GetDateTimeOffset());

            var enquirer = read.GetProperty("enquirer");
            Assert.Equal("Коваленко Галина Іванівна", enquirer.GetProperty("fullName").GetString());
            Assert.Equal("mother", enquirer.GetProperty("relation").GetString());
            Assert.Equal("", enquirer.GetProperty("relationOther").GetString());
            Assert.Equal("+380 67 123 45 67", enquirer.GetProperty("phone").GetString());
            Assert.Equal("h.kovalenko@example.org", enquirer.GetProperty("email").GetString());
            Assert.Equal("вул. Шевченка 1, кв. 5\nКиїв 01001", enquirer.GetProperty("postalAddress").GetString());
            Assert.Equal("uk", enquirer.GetProperty("language").GetString());

            var sought = read.GetProperty("soughtPerson");
            Assert.Equal("Коваленко", sought.GetProperty("surname").GetString());
            Assert.Equal("Олександр", sought.GetProperty("givenName").GetString());
            Assert.Equal("Миколайович", sought.GetProperty("patronymic").GetString());
            // The registry's reading: without a letter only Ukrainian has, the name is read as Russian.
            Assert.Equal("Kovalenko Oleksandr Mikolaiovich", sought.GetProperty("nameLatin").GetString());
            Assert.Equal("M", sought.GetProperty("sex").GetString());
            Assert.Equal("1994-03", sought.GetProperty("dateOfBirth").GetString());
            Assert.Equal(JsonValueKind.Null, sought.GetProperty("approximateAge").ValueKind);
            Assert.Equal("Полтава", sought.GetProperty("placeOfBirth").GetString());
            Assert.Equal("в/ч А1234", sought.GetProperty("militaryUnit").GetString());
            Assert.Equal("AB123456", sought.GetProperty("serviceNumber").GetString());
            Assert.Equal("UA", sought.GetProperty("dependsOn").GetString());

            var circumstances = read.GetProperty("circumstances");
            Assert.Equal("2025-05-14", circumstances.GetProperty("lastNewsDate").GetString());
            Assert.Equal("Бахмут", circumstances.GetProperty("lastNewsPlace").GetString());
            Assert.Equal("Телефонний дзвінок від побратима", circumstances.GetProperty("howNewsCame").GetString());

            Assert.Equal("consent", read.GetProperty("legalBasis").GetString());
            Assert.True(read.GetProperty("consent").GetProperty("given").GetBoolean());
            Assert.Equal("2025-06-01", read.GetProperty("consent").GetProperty("date").GetString());
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_approximate_age_an_other_relation_and_another_legal_basis_are_kept(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;
        var body = EnquiryTestKit.ValidBody()
            .With("soughtPerson.dateOfBirth", null)
            .With("soughtPerson.approximateAge", new JsonObject { ["years"] = 30, ["asOf"] = "2024-02" })
            .With("enquirer.relation", "other")
            .With("enquirer.relationOther", "сусідка")
            .With("enquirer.language", "ru")
            .With("legalBasis", "other")
            .With("legalBasisNote", "public interest: request of the national society")
            .With("consent", new JsonObject { ["given"] = false });

        var created = await CreateAsync(client, body);
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{created.GetProperty("reference").GetString()}", Json);

        var age = read.GetProperty("soughtPerson").GetProperty("approximateAge");
        Assert.Equal(30, age.GetProperty("years").GetInt32());
        Assert.Equal("2024-02", age.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("soughtPerson").GetProperty("dateOfBirth").ValueKind);
        Assert.Equal("other", read.GetProperty("enquirer").GetProperty("relation").GetString());
        Assert.Equal("сусідка", read.GetProperty("enquirer").GetProperty("relationOther").GetString());
        Assert.Equal("ru", read.GetProperty("enquirer").GetProperty("language").GetString());
        Assert.Equal("other", read.GetProperty("legalBasis").GetString());
        Assert.Equal("public interest: request of the national society", read.GetProperty("legalBasisNote").GetString());
        Assert.False(read.GetProperty("consent").GetProperty("given").GetBoolean());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("consent").GetProperty("date").ValueKind);
    }

    /// <summary>Each bad input (description, the change to a valid body, the one field the answer must name).</summary>
    private static readonly (string Problem, Func<JsonObject, JsonObject> Break, string Field)[] Broken =
    [
        ("missing legal basis", b => b.With("legalBasis", null), "legalBasis"),
        ("unknown legal basis", b => b.With("legalBasis", "contract"), "legalBasis"),
        ("other basis without a note", b => b.With("legalBasis", "other"), "legalBasisNote"),
        ("consent basis without consent", b => b.With("consent", null), "consent.given"),
        ("consent date not a date", b => b.With("consent.date", "01.06.2025"), "consent.date"),
        ("bad email", b => b.With("enquirer.email", "galina@"), "enquirer.email"),
        ("bad phone", b => b.With("enquirer.phone", "ask the neighbours"), "enquirer.phone"),
        ("no way to reach the enquirer", b => b.With("enquirer.phone", null).With("enquirer.email", null).With("enquirer.postalAddress", ""), "enquirer.phone"),
        ("unknown relation", b => b.With("enquirer.relation", "cousin"), "enquirer.relation"),
        ("missing relation", b => b.With("enquirer.relation", null), "enquirer.relation"),
        ("other relation without text", b => b.With("enquirer.relation", "other"), "enquirer.relationOther"),
        ("unknown language", b => b.With("enquirer.language", "de"), "enquirer.language"),
        ("enquirer name with digits", b => b.With("enquirer.fullName", "Галина 1"), "enquirer.fullName"),
        ("missing enquirer name", b => b.With("enquirer.fullName", " "), "enquirer.fullName"),
        ("both date of birth and age", b => b.With("soughtPerson.approximateAge", new JsonObject { ["years"] = 30, ["asOf"] = "2024" }), "soughtPerson.dateOfBirth"),
        ("age without its date", b => b.With("soughtPerson.dateOfBirth", null).With("soughtPerson.approximateAge", new JsonObject { ["years"] = 30 }), "soughtPerson.approximateAge.asOf"),
        ("impossible age", b => b.With("soughtPerson.dateOfBirth", null).With("soughtPerson.approximateAge", new JsonObject { ["years"] = 300, ["asOf"] = "2024" }), "soughtPerson.approximateAge.years"),
        ("unknown party", b => b.With("soughtPerson.dependsOn", "ZZ"), "soughtPerson.dependsOn"),
        ("bad partial date of birth", b => b.With("soughtPerson.dateOfBirth", "12.03.1994"), "soughtPerson.dateOfBirth"),
        ("date of birth that does not exist", b => b.With("soughtPerson.dateOfBirth", "1994-02-30"), "soughtPerson.dateOfBirth"),
        ("bad partial date of last news", b => b.With("circumstances.lastNewsDate", "2025-13"), "circumstances.lastNewsDate"),
        ("last news in the future", b => b.With("circumstances.lastNewsDate", "2199"), "circumstances.lastNewsDate"),
        ("surname with digits", b => b.With("soughtPerson.surname", "Коваленко2"), "soughtPerson.surname"),
        ("given name with a control character", b => b.With("soughtPerson.givenName", "Олек\u0007сандр"), "soughtPerson.givenName"),
        ("patronymic with digits", b => b.With("soughtPerson.patronymic", "Миколайович3"), "soughtPerson.patronymic"),
        ("missing surname", b => b.With("soughtPerson.surname", null), "soughtPerson.surname"),
        ("unknown sex", b => b.With("soughtPerson.sex", "X"), "soughtPerson.sex"),
        ("military unit with a line break", b => b.With("soughtPerson.militaryUnit", "в/ч\nА1234"), "soughtPerson.militaryUnit"),
        ("unknown channel", b => b.With("channel", "fax"), "channel"),
        ("missing channel", b => b.With("channel", null), "channel"),
        // Values of the wrong JSON kind cannot even be read into the request: the reader's path names the field.
        ("an age in words", b => b.With("soughtPerson.approximateAge", new JsonObject { ["years"] = "thirty", ["asOf"] = "2024-02" }), "soughtPerson.approximateAge.years"),
        ("consent given as a word", b => b.With("consent.given", "yes"), "consent.given"),
        ("the enquirer as a text", b => b.With("enquirer", "Галина"), "enquirer"),
    ];

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Every_bad_input_is_refused_naming_its_field_and_nothing_is_stored(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;

        var failures = new List<string>();
        foreach (var (problem, breakIt, field) in Broken)
        {
            var response = await client.PostAsJsonAsync("/api/enquiries", breakIt(EnquiryTestKit.ValidBody()));
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{problem}: {(int)response.StatusCode} {text}");
                continue;
            }

            var fields = JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
            if (!fields.SequenceEqual([field]))
            {
                failures.Add($"{problem}: expected [{field}], got [{string.Join(", ", fields)}]");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(0, await StoredCountAsync(app));
        var list = await client.GetFromJsonAsync<JsonElement>("/api/enquiries", Json);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_empty_request_names_every_required_field(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;

        var response = await client.PostAsJsonAsync("/api/enquiries", new JsonObject());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["channel", "enquirer.fullName", "enquirer.language", "enquirer.phone", "enquirer.relation", "legalBasis", "soughtPerson.surname"], fields);
        Assert.Equal(0, await StoredCountAsync(app));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_list_is_paged_newest_first_and_filtered_by_status_and_by_either_name(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;
        var surnames = new[] { "Андрієнко", "Бондар", "Гребенюк", "Данилюк", "Євтушенко" };
        var references = new List<string>();
        foreach (var surname in surnames)
        {
            var created = await CreateAsync(client, EnquiryTestKit.ValidBody(surname, enquirerName: surname == "Данилюк" ? "Ткаченко Марія" : "Коваленко Галина"));
            references.Add(created.GetProperty("reference").GetString()!);
        }

        var first = await client.GetFromJsonAsync<JsonElement>("/api/enquiries?page=1&pageSize=2", Json);
        Assert.Equal(5, first.GetProperty("total").GetInt32());
        Assert.Equal(["Євтушенко", "Данилюк"], Surnames(first));
        var last = await client.GetFromJsonAsync<JsonElement>("/api/enquiries?page=3&pageSize=2", Json);
        Assert.Equal(["Андрієнко"], Surnames(last));
        Assert.Equal(3, last.GetProperty("page").GetInt32());

        async Task<List<string?>> FindAsync(string query) =>
            Surnames(await client.GetFromJsonAsync<JsonElement>($"/api/enquiries?{query}", Json));

        Assert.Equal(["Бондар"], await FindAsync("q=" + Uri.EscapeDataString("бонд")));
        Assert.Equal(["Бондар"], await FindAsync("q=bondar"));
        Assert.Equal(["Данилюк"], await FindAsync("q=" + Uri.EscapeDataString("ТКАЧЕНКО")));
        Assert.Equal(["Данилюк"], await FindAsync("q=tkachenko%20mariia"));
        Assert.Equal(["Гребенюк"], await FindAsync("q=" + Uri.EscapeDataString(references[2].ToLowerInvariant())));
        Assert.Empty(await FindAsync("q=" + Uri.EscapeDataString("Шевчук")));
        // Four of the five were asked by a Коваленко; the fifth by Ткаченко.
        Assert.Equal(4, (await client.GetFromJsonAsync<JsonElement>("/api/enquiries?status=open&q=" + Uri.EscapeDataString("Коваленко"), Json)).GetProperty("total").GetInt32());
        Assert.Equal(5, (await client.GetFromJsonAsync<JsonElement>("/api/enquiries?status=open", Json)).GetProperty("total").GetInt32());

        var summary = first.GetProperty("items")[0];
        Assert.Equal(references[4], summary.GetProperty("reference").GetString());
        Assert.Equal("Yevtushenko Oleksandr Mykolaiovych", summary.GetProperty("soughtNameLatin").GetString());
        Assert.Equal("mother", summary.GetProperty("enquirerRelation").GetString());
        Assert.DoesNotContain(summary.EnumerateObject(), p => p.Name is "enquirer" or "enquirerPhone" or "enquirerEmail");

        var badStatus = await client.GetAsync("/api/enquiries?status=closed");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains("\"status\"", await badStatus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tooBig = await client.GetAsync("/api/enquiries?pageSize=5000");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("pageSize", await tooBig.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<string?> Surnames(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("soughtSurname").GetString()).ToList();

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_unknown_enquiry_is_404(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/enquiries/{Guid.CreateVersion7()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/enquiries/ENQ-0000-0000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/enquiries/nonsense")).StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Party_accounts_and_analysts_are_refused_and_anonymous_callers_must_sign_in(DatabaseKind kind)
    {
        var (app, caseworker) = await StartAsync(kind);
        await using var _ = app;
        var reference = (await CreateAsync(caseworker, EnquiryTestKit.ValidBody())).GetProperty("reference").GetString();

        var refused = new (string Role, string? Party)[] { ("bureau-officer", "RU"), ("bureau-officer", "UA"), ("liaison-officer", "RU"), ("liaison-officer", "UA"), ("analyst", null) };
        foreach (var (role, party) in refused)
        {
            using var client = app.CreateClient(role, party);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/enquiries")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/enquiries/{reference}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/enquiries", EnquiryTestKit.ValidBody("Шевчук"))).StatusCode);
        }

        // A party's account given an intermediary role by mistake is still refused, by the policy and by the service.
        using (var misconfigured = app.CreateClient("caseworker", "RU"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await misconfigured.GetAsync($"/api/enquiries/{reference}")).StatusCode);
        }

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<EnquiryService>();
            await Assert.ThrowsAsync<ForbiddenException>(() => service.GetAsync(reference!, new Actor("bureau.ru@test.example", "RU")));
            await Assert.ThrowsAsync<ForbiddenException>(() => service.ListAsync(new EnquiryQuery(), new Actor("bureau.ru@test.example", "RU")));
        }

        using var anonymous = app.CreateClient(role: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/enquiries")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/enquiries/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/enquiries", EnquiryTestKit.ValidBody("Шевчук"))).StatusCode);

        using var dpo = app.CreateClient("dpo");
        Assert.Equal(HttpStatusCode.OK, (await dpo.GetAsync($"/api/enquiries/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dpo.PostAsJsonAsync("/api/enquiries", EnquiryTestKit.ValidBody("Шевчук"))).StatusCode);
        foreach (var role in new[] { "delegate", "admin" })
        {
            using var client = app.CreateClient(role);
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/enquiries", EnquiryTestKit.ValidBody("Шевчук"))).StatusCode);
        }

        Assert.Equal(3, await StoredCountAsync(app));
    }
}
