using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Kinlink.Integration.Tests.Access;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Tracing;

public class EnquiryMatchingTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A mother's enquiry in Ukrainian: Ващенко Олександр Миколайович, born March 1994.</summary>
    internal static System.Text.Json.Nodes.JsonObject UkrainianEnquiry(string enquirer = "Ващенко Галина Іванівна", string relation = "mother") =>
        EnquiryTestKit.ValidBody("Ващенко", enquirer).With("enquirer.relation", relation).With("soughtPerson.serviceNumber", null);

    internal static async Task<string> OpenAsync(HttpClient client, System.Text.Json.Nodes.JsonObject body)
    {
        var response = await client.PostAsJsonAsync("/api/enquiries", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("reference").GetString()!;
    }

    internal static async Task<MatchingPassResult> PassAsync(AppFixture app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EnquiryMatchingService>().RunPassAsync();
    }

    internal static async Task<List<JsonElement>> CandidatesAsync(HttpClient client, string reference)
    {
        var items = await client.GetFromJsonAsync<List<JsonElement>>($"/api/enquiries/{reference}/candidates", Json);
        return items!;
    }

    private static async Task<Data.Registry.ImportReport> ImportAsync(AppFixture app, string csv, string source)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        using var list = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await scope.ServiceProvider.GetRequiredService<ImportService>().ImportPersonsAsync(list, "list.csv", "RU", source, Actor.System);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_list_naming_the_sought_person_in_Russian_proposes_him_for_the_Ukrainian_enquiry_with_the_list_as_the_reason(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        using var client = app.CreateClient("caseworker");
        var reference = await OpenAsync(client, UkrainianEnquiry());
        Assert.Empty(await CandidatesAsync(client, reference));

        await ImportAsync(app, $"surname,given_name,patronymic,sex,date_of_birth,depends_on,place,event,event_date\n"
            + $"ВАЩЕНКО,Александр,Николаевич,M,1994-03-12,UA,{TestRegistry.CampRu},captured,2025-05-01\n"
            + $"Петренко,Иван,Петрович,M,1980-01-01,UA,{TestRegistry.CampRu},captured,2025-05-01\n", "list of 2026-11-20");
        var pass = await PassAsync(app);

        Assert.Equal(1, pass.CandidatesProposed);
        var candidate = Assert.Single(await CandidatesAsync(client, reference));
        Assert.Equal("proposed", candidate.GetProperty("state").GetString());
        Assert.Equal("new-person", candidate.GetProperty("reason").GetString());
        Assert.Equal("list of 2026-11-20", candidate.GetProperty("source").GetProperty("label").GetString());
        Assert.Equal("ВАЩЕНКО", candidate.GetProperty("person").GetProperty("surname").GetString());
        Assert.Equal("likely", candidate.GetProperty("bucket").GetString());

        // The worklist shows it with the enquiry's reference and sought name, and a second pass adds nothing.
        var worklist = await client.GetFromJsonAsync<JsonElement>("/api/enquiry-candidates?state=proposed", Json);
        var row = Assert.Single(worklist.GetProperty("items").EnumerateArray());
        Assert.Equal(reference, row.GetProperty("enquiryReference").GetString());
        Assert.Equal("Ващенко Олександр Миколайович", row.GetProperty("soughtName").GetString());
        Assert.Equal(0, (await PassAsync(app)).CandidatesProposed);
        Assert.Single(await CandidatesAsync(client, reference));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_rejected_candidate_stays_rejected_on_an_unrelated_change_and_returns_when_the_persons_name_changes(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        using var client = app.CreateClient("caseworker");
        string personReference;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var person = await scope.ServiceProvider.GetRequiredService<PersonService>().RegisterAsync(
                new PersonInput { Category = "pow", Surname = "Ващенко", GivenName = "Олександр", Patronymic = "Петрович", Sex = "M", DateOfBirth = "1994-03-12", DependsOn = "UA" }, Actor.System);
            personReference = person.Reference.Value;
        }

        var reference = await OpenAsync(client, UkrainianEnquiry());
        var found = Assert.Single(await CandidatesAsync(client, reference));
        Assert.Equal("enquiry-opened", found.GetProperty("reason").GetString());
        var id = found.GetProperty("id").GetGuid();

        var refused = await client.PostAsJsonAsync($"/api/enquiry-candidates/{id}/reject", new { reason = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"reason\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        (await client.PostAsJsonAsync($"/api/enquiry-candidates/{id}/reject", new { reason = "another father: Петрович, not Миколайович" })).EnsureSuccessStatusCode();

        // An event changes the person's record but not what matching reads: nothing comes back.
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PersonService>().RecordEventAsync(personReference,
                new StatusEventInput { Kind = "captured", Date = "2025-05-01", Place = TestRegistry.CampRu }, null, Actor.System);
        }

        await PassAsync(app);
        Assert.Equal("rejected", Assert.Single(await CandidatesAsync(client, reference)).GetProperty("state").GetString());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/enquiry-candidates", Json)).GetProperty("items").EnumerateArray());

        // The patronymic corrected: the record changed since the rejection, so the caseworker sees it again, saying why.
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
            var version = (await persons.GetAsync(personReference, Actor.System)).Person!.Version;
            await persons.UpdateAsync(personReference, new PersonInput
            {
                Category = "pow", Surname = "Ващенко", GivenName = "Олександр", Patronymic = "Миколайович", Sex = "M", DateOfBirth = "1994-03-12", DependsOn = "UA",
            }, version, Actor.System);
        }

        Assert.Equal(1, (await PassAsync(app)).CandidatesProposed);
        var back = Assert.Single(await CandidatesAsync(client, reference));
        Assert.Equal("proposed", back.GetProperty("state").GetString());
        Assert.Equal("changed-since-rejected", back.GetProperty("reason").GetString());
        Assert.True(back.GetProperty("revisionScored").GetInt64() > back.GetProperty("revisionAtDecision").GetInt64());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Confirming_links_the_enquiry_to_the_person_supersedes_the_rest_and_a_second_person_is_refused(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        using var client = app.CreateClient("caseworker");
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
            foreach (var (given, patronymic, born) in new[] { ("Олександр", "Миколайович", "1994-03-12"), ("Олександр", "Іванович", "1994-07-02") })
            {
                await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = "Ващенко", GivenName = given, Patronymic = patronymic, Sex = "M", DateOfBirth = born, DependsOn = "UA" }, Actor.System);
            }
        }

        var reference = await OpenAsync(client, UkrainianEnquiry());
        var candidates = await CandidatesAsync(client, reference);
        Assert.Equal(2, candidates.Count);
        var best = candidates.OrderByDescending(c => c.GetProperty("score").GetDouble()).First();
        var other = candidates.Single(c => c.GetProperty("id").GetGuid() != best.GetProperty("id").GetGuid());

        var before = await AuditTestKit.LastSequenceAsync(app);
        var confirmed = await client.PostAsJsonAsync($"/api/enquiry-candidates/{best.GetProperty("id").GetGuid()}/confirm", new { reason = "same patronymic and date; the unit matches" });
        Assert.True(confirmed.IsSuccessStatusCode, await confirmed.Content.ReadAsStringAsync());
        var comparison = await confirmed.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("confirmed", comparison.GetProperty("candidate").GetProperty("state").GetString());
        Assert.Equal("caseworker@test.example", comparison.GetProperty("candidate").GetProperty("decidedBy").GetString());

        await using (var db = app.Database.NewContext())
        {
            var enquiry = await db.Enquiries.SingleAsync(e => e.Reference == EnquiryReference.Parse(reference));
            Assert.Equal(best.GetProperty("person").GetProperty("id").GetGuid(), enquiry.PersonId?.Value);
        }

        var after = await CandidatesAsync(client, reference);
        Assert.Equal("superseded", after.Single(c => c.GetProperty("id").GetGuid() == other.GetProperty("id").GetGuid()).GetProperty("state").GetString());
        var entry = Assert.Single(await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 1), e => e.Entry.Action.StartsWith(AuditActions.EnquiryCandidateConfirm, StringComparison.Ordinal));
        Assert.Contains(reference, entry.Entry.Summary, StringComparison.Ordinal);

        // The superseded one cannot be confirmed, and the enquiry keeps its one person.
        var second = await client.PostAsJsonAsync($"/api/enquiry-candidates/{other.GetProperty("id").GetGuid()}/confirm", new { reason = "try" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_mothers_and_a_wifes_enquiry_are_suggested_as_the_same_person_and_a_caseworker_links_and_unlinks_them(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        using var client = app.CreateClient("caseworker");
        var mother = await OpenAsync(client, UkrainianEnquiry());
        // The wife writes in Russian and knows only his age: "30 in February 2024".
        var wife = await OpenAsync(client, UkrainianEnquiry("Ващенко Ирина Сергеевна", "wife")
            .With("soughtPerson.givenName", "Александр").With("soughtPerson.patronymic", "Николаевич").With("soughtPerson.dateOfBirth", null)
            .With("soughtPerson.approximateAge", new System.Text.Json.Nodes.JsonObject { ["years"] = 30, ["asOf"] = "2024-02" }));
        var stranger = await OpenAsync(client, EnquiryTestKit.ValidBody("Шевчук").With("soughtPerson.givenName", "Тарас").With("soughtPerson.patronymic", "Богданович"));

        var similar = await client.GetFromJsonAsync<List<JsonElement>>($"/api/enquiries/{wife}/similar", Json);
        var suggestion = Assert.Single(similar!, s => s.GetProperty("enquiry").GetProperty("reference").GetString() == mother);
        Assert.False(suggestion.GetProperty("sameCase").GetBoolean());
        Assert.DoesNotContain(similar!, s => s.GetProperty("enquiry").GetProperty("reference").GetString() == stranger);

        var noReason = await client.PostAsJsonAsync($"/api/enquiries/{wife}/case", new { withEnquiry = mother });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("\"reason\"", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknown = await client.PostAsJsonAsync($"/api/enquiries/{wife}/case", new { withEnquiry = "ENQ-0000-0000", reason = "x" });
        Assert.Contains("\"withEnquiry\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var linked = await client.PostAsJsonAsync($"/api/enquiries/{wife}/case", new { withEnquiry = mother, reason = "mother and wife of the same soldier" });
        Assert.True(linked.IsSuccessStatusCode, await linked.Content.ReadAsStringAsync());
        var @case = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{mother}/case", Json);
        var members = @case.GetProperty("enquiries").EnumerateArray().Select(e => e.GetProperty("reference").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { mother, wife }.Order(StringComparer.Ordinal), members);
        Assert.True((await client.GetFromJsonAsync<List<JsonElement>>($"/api/enquiries/{wife}/similar", Json))!
            .Single(s => s.GetProperty("enquiry").GetProperty("reference").GetString() == mother).GetProperty("sameCase").GetBoolean());

        // The mother's enquiry named the case; taking it out leaves the wife's in a case of its own name.
        var unlinked = await client.PostAsJsonAsync($"/api/enquiries/{mother}/case/unlink", new { reason = "linked by mistake" });
        Assert.True(unlinked.IsSuccessStatusCode, await unlinked.Content.ReadAsStringAsync());
        await using var db = app.Database.NewContext();
        var enquiries = await db.Enquiries.AsNoTracking().ToListAsync();
        Assert.All(enquiries, e => Assert.Equal(e.Id, e.CaseId));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/enquiries/{mother}/case/unlink", new { reason = "again" })).StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task On_the_enquiry_page_a_caseworker_links_a_suggested_enquiry_into_one_case_with_a_reason_and_takes_it_out_again(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        using var api = app.CreateClient("caseworker");
        var mother = await OpenAsync(api, UkrainianEnquiry());
        var wife = await OpenAsync(api, UkrainianEnquiry("Ващенко Ирина Сергеевна", "wife"));
        using var browser = Web.WebClients.Browser(app);
        var url = $"/Tracing/Enquiries/{wife}";
        var (_, page) = await Web.WebClients.GetPageAsync(browser, url);
        Assert.Contains("name=\"withEnquiry\" value=\"" + mother + "\"", page, StringComparison.Ordinal);

        // Without a reason: refused on the page, nothing linked.
        var (refused, refusedHtml) = await Web.WebClients.PostFormAsync(browser, url + "?handler=LinkCase", page, [new("withEnquiry", mother), new("caseReason", "")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("error-summary", refusedHtml, StringComparison.Ordinal);
        await using (var db = app.Database.NewContext())
        {
            Assert.All(await db.Enquiries.AsNoTracking().ToListAsync(), e => Assert.Equal(e.Id, e.CaseId));
        }

        var before = await AuditTestKit.LastSequenceAsync(app);
        var (linked, _) = await Web.WebClients.PostFormAsync(browser, url + "?handler=LinkCase", page, [new("withEnquiry", mother), new("caseReason", "mother and wife of the same soldier")]);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        var (_, after) = await Web.WebClients.GetPageAsync(browser, url);
        var caseStart = after.IndexOf("id=\"enquiry-case-heading\"", StringComparison.Ordinal);
        Assert.True(caseStart >= 0, "the page lists the case's enquiries once there are two");
        var caseSection = Web.HtmlPage.Text(after[caseStart..]);
        Assert.Contains(mother, caseSection, StringComparison.Ordinal);
        Assert.Contains(wife, caseSection, StringComparison.Ordinal);
        await using (var db = app.Database.NewContext())
        {
            Assert.Single(await db.Enquiries.AsNoTracking().Select(e => e.CaseId).Distinct().ToListAsync());
        }

        Assert.Contains(await AuditTestKit.EntriesAfterAsync(app, before),
            e => e.Entry.Action == AuditActions.EnquiryCaseLink && e.Entry.Summary.Contains("mother and wife of the same soldier", StringComparison.Ordinal));

        var (unlinked, _) = await Web.WebClients.PostFormAsync(browser, url + "?handler=UnlinkCase", after, [new("caseReason", "another man after all")]);
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        await using (var db = app.Database.NewContext())
        {
            Assert.All(await db.Enquiries.AsNoTracking().ToListAsync(), e => Assert.Equal(e.Id, e.CaseId));
        }
    }

    [Theory]
    [InlineData(30, "2024-02", 1993)]
    [InlineData(30, "2024-11", 1994)]
    [InlineData(30, "2024", 1994)]
    public void An_approximate_age_stands_for_the_birth_year_holding_most_of_its_birthdays(int years, string asOf, int expected)
    {
        var age = ApproximateAge.Create(years, PartialDate.Parse(asOf));
        Assert.Equal(expected, EnquiryMatchRecords.BirthYearOf(age)!.Value.Year);
        Assert.InRange(expected, age.EarliestBirth.Year, age.LatestBirth.Year);
    }
}
