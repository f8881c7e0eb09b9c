using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

/// <summary>
/// What a Ukrainian bureau officer sees and may change: a Ukrainian held by Russia only as notification data, never a
/// third-country national Russia holds, and nothing it may not change; through the services and through HTTP.
/// </summary>
public class NotificationScopeTests
{
    private const string Note = "Interview note: asked not to be named to the family";
    private const string Source = "RU list 2026-11-20 (file ru-bureau-0042.xlsx)";
    private const string Languages = "uk, ru, de";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Actor UaOfficer = new("bureau.ua@test.example", "UA");

    private sealed record Registry(string Ukrainian, Guid UkrainianId, string Foreigner, Guid ForeignerId, string Russian, string HiddenRussian);

    /// <summary>
    /// A Ukrainian and a third-country national held at a Russian camp (both seriously ill, so on the health worklist), a
    /// Russian held at a Ukrainian camp, and a Russian registered by the intermediary and held nowhere yet.
    /// </summary>
    private static async Task<Registry> SeedAsync(AppFixture app)
    {
        await TestRegistry.SeedAsync(app.Factory.Services);
        var intermediary = app.CreateClient();
        async Task<(string Reference, Guid Id)> Add(object person, string? place, bool seriouslyIll = false)
        {
            var response = await intermediary.PostAsJsonAsync("/api/persons", person);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var created = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
            var reference = created.GetProperty("reference").GetString()!;
            if (place is not null)
            {
                var captured = new { @event = new { kind = "captured", date = "2025-05-01", place, note = Note, source = Source, condition = seriouslyIll ? "burns" : "", seriouslyIllOrWounded = seriouslyIll } };
                Assert.Equal(HttpStatusCode.Created, (await intermediary.PostAsJsonAsync($"/api/persons/{reference}/events", captured)).StatusCode);
            }

            return (reference, created.GetProperty("id").GetGuid());
        }

        var ukrainian = await Add(new
        {
            surname = "Коваленко", givenName = "Олександр", patronymic = "Миколайович", dependsOn = "UA", serviceNumber = "UA-1001", rank = "солдат",
            dateOfBirth = "1994-03-12", placeOfBirth = "Полтава", fatherName = "Микола", motherMaidenName = "Шевчук",
            informName = "Коваленко Ганна", informAddress = "Полтава, вул. Соборна 1", correspondenceAddress = "Полтава, а/с 12", languages = Languages,
        }, TestRegistry.CampRu, seriouslyIll: true);
        var foreigner = await Add(new { surname = "Smith", givenName = "John", serviceNumber = "GB-77" }, TestRegistry.CampRu, seriouslyIll: true);
        var russian = await Add(new { surname = "Смирнов", givenName = "Иван", dependsOn = "RU", serviceNumber = "RU-2002" }, TestRegistry.CampUa);
        var hiddenRussian = await Add(new { surname = "Орлов", givenName = "Пётр", dependsOn = "RU", serviceNumber = "RU-3003" }, null);
        return new Registry(ukrainian.Reference, ukrainian.Id, foreigner.Reference, foreigner.Id, russian.Reference, hiddenRussian.Reference);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_service_gives_a_party_its_national_held_by_the_other_side_as_notification_data_only(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var registry = await SeedAsync(app);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var persons = scope.ServiceProvider.GetRequiredService<PersonService>();

        var asUa = await persons.GetAsync(registry.Ukrainian, UaOfficer);
        var asRu = await persons.GetAsync(registry.Ukrainian, new Actor("bureau.ru@test.example", "RU"));

        Assert.Equal(PersonAccess.NotificationOnly, asUa.Access);
        Assert.False(asUa.CanChange);
        Assert.Null(asUa.Person);
        Assert.Empty(asUa.Timeline);
        Assert.Empty(asUa.Sources);
        Assert.Equal(("Коваленко", "UA-1001", "Полтава, вул. Соборна 1", "Шевчук"), (asUa.Notification.Surname, asUa.Notification.ServiceNumber, asUa.Notification.InformAddress, asUa.Notification.MotherMaidenName));
        var captured = Assert.Single(asUa.Notification.Events);
        Assert.Equal(("2025-05-01", TestRegistry.CampRu, "burns"), (captured.Date.ToString(), asUa.PlaceOf(captured.PlaceId)?.Code, captured.Condition));
        Assert.Equal(TestRegistry.CampRu, asUa.CurrentPlace?.Code);

        Assert.Equal(PersonAccess.Full, asRu.Access);
        Assert.True(asRu.CanChange);
        Assert.Equal(Languages, asRu.Person?.Languages);
        Assert.Equal(Note, Assert.Single(asRu.Timeline).Note);

        await Assert.ThrowsAsync<NotFoundException>(() => persons.GetAsync(registry.Foreigner, UaOfficer));
        await Assert.ThrowsAsync<NotFoundException>(() => persons.GetAsync(registry.ForeignerId.ToString(), UaOfficer));
        await Assert.ThrowsAsync<ForbiddenException>(() => persons.RecordEventAsync(registry.Ukrainian, new StatusEventInput { Kind = "transferred", Date = "2025-06-01", Place = TestRegistry.ColonyRu }, null, UaOfficer));
        await Assert.ThrowsAsync<ForbiddenException>(() => persons.UpdateAsync(registry.Ukrainian, new PersonInput { Surname = "Коваль", DependsOn = "UA" }, asRu.Person!.Version, UaOfficer));
        await Assert.ThrowsAsync<NotFoundException>(() => persons.RecordEventAsync(registry.Foreigner, new StatusEventInput { Kind = "released", Date = "2025-06-01" }, null, UaOfficer));

        var search = await persons.SearchAsync(new PersonQuery("Smith", null, null, null, null, null, null), UaOfficer);
        Assert.Equal(0, search.Total);
        var all = await persons.SearchAsync(new PersonQuery(null, null, null, null, null, null, null), UaOfficer);
        Assert.Equal(["Коваленко", "Смирнов"], all.Items.Select(p => p.Surname).Order(StringComparer.Ordinal));
        Assert.Equal(2, all.Total);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_api_answers_a_party_with_the_notification_fields_and_leaves_the_rest_out(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var registry = await SeedAsync(app);
        var ua = app.CreateClient("bureau-officer", "UA");

        var response = await ua.GetAsync($"/api/persons/{registry.Ukrainian}");
        var raw = await response.Content.ReadAsStringAsync();
        var person = JsonDocument.Parse(raw).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("notification", person.GetProperty("access").GetString());
        foreach (var (field, value) in new[] { ("surname", "Коваленко"), ("serviceNumber", "UA-1001"), ("fatherName", "Микола"), ("motherMaidenName", "Шевчук"), ("informName", "Коваленко Ганна"), ("informAddress", "Полтава, вул. Соборна 1"), ("correspondenceAddress", "Полтава, а/с 12"), ("placeOfBirth", "Полтава"), ("rank", "солдат"), ("dependsOn", "UA"), ("currentPlace", TestRegistry.CampRu) })
        {
            Assert.Equal(value, person.GetProperty(field).GetString());
        }

        foreach (var field in new[] { "languages", "nameForms", "version" })
        {
            Assert.False(person.TryGetProperty(field, out _), $"{field} is not notification data");
        }

        var captured = Assert.Single(person.GetProperty("timeline").EnumerateArray());
        Assert.Equal(("captured", "2025-05-01", TestRegistry.CampRu), (captured.GetProperty("kind").GetString(), captured.GetProperty("date").GetString(), captured.GetProperty("place").GetString()));
        foreach (var field in new[] { "note", "source", "recordedBy", "recordedAt", "isCorrection" })
        {
            Assert.False(captured.TryGetProperty(field, out _), $"the event's {field} is not notification data");
        }

        Assert.DoesNotContain(Note, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(Source, raw, StringComparison.Ordinal);
        var events = await ua.GetStringAsync($"/api/persons/{registry.Ukrainian}/events");
        Assert.DoesNotContain(Note, events, StringComparison.Ordinal);
        Assert.DoesNotContain("recordedBy", events, StringComparison.Ordinal);

        var asRu = await app.CreateClient("bureau-officer", "RU").GetFromJsonAsync<JsonElement>($"/api/persons/{registry.Ukrainian}", Json);
        Assert.Equal("full", asRu.GetProperty("access").GetString());
        Assert.Equal(Note, asRu.GetProperty("timeline")[0].GetProperty("note").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync($"/api/persons/{registry.Foreigner}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync($"/api/persons/{registry.ForeignerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync($"/api/persons/{registry.Foreigner}/events")).StatusCode);
        var search = await ua.GetFromJsonAsync<JsonElement>("/api/persons?name=smith", Json);
        Assert.Equal(0, search.GetProperty("total").GetInt32());
        var byServiceNumber = await ua.GetFromJsonAsync<JsonElement>("/api/persons?name=GB-77", Json);
        Assert.Equal(0, byServiceNumber.GetProperty("total").GetInt32());
        var heldByRu = await ua.GetFromJsonAsync<JsonElement>("/api/persons?heldBy=RU&pageSize=1", Json);
        Assert.Equal(1, heldByRu.GetProperty("total").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Exports_counts_places_and_the_health_worklist_leave_out_whom_a_party_may_not_see(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var registry = await SeedAsync(app);
        var ua = app.CreateClient("bureau-officer", "UA");
        foreach (var reference in new[] { registry.Ukrainian, registry.Foreigner })
        {
            var healthNews = new { @event = new { kind = "health-news", date = "2025-05-02", condition = "burns, serious", seriouslyIllOrWounded = true } };
            Assert.Equal(HttpStatusCode.Created, (await app.CreateClient().PostAsJsonAsync($"/api/persons/{reference}/events", healthNews)).StatusCode);
        }

        var export = await ua.GetAsync("/api/persons/export.csv");
        var csv = await export.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length); // the header, the Ukrainian held by Russia, the Russian Ukraine holds
        Assert.DoesNotContain("Smith", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(registry.Foreigner, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(registry.HiddenRussian, csv, StringComparison.Ordinal);
        var ukrainianRow = rows.Single(r => r.Contains(registry.Ukrainian, StringComparison.Ordinal));
        Assert.Contains("UA-1001", ukrainianRow, StringComparison.Ordinal);
        Assert.DoesNotContain(Languages, ukrainianRow, StringComparison.Ordinal);
        Assert.Contains(Languages, await app.CreateClient().GetStringAsync("/api/persons/export.csv"), StringComparison.Ordinal);

        var camp = await ua.GetFromJsonAsync<JsonElement>($"/api/places/{TestRegistry.CampRu}", Json);
        Assert.Equal(1, camp.GetProperty("heldNow").GetInt32());
        var placePage = await ua.GetStringAsync($"/Registry/Places/{TestRegistry.CampRu}");
        Assert.Contains("Коваленко", placePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Smith", placePage, StringComparison.Ordinal);

        var worklist = await ua.GetFromJsonAsync<JsonElement>("/api/persons/health-news-due", Json);
        var due = Assert.Single(worklist.EnumerateArray());
        Assert.Equal(registry.Ukrainian, due.GetProperty("person").GetProperty("reference").GetString());
        Assert.Equal(2, (await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/persons/health-news-due", Json)).GetArrayLength());
        var worklistPage = await ua.GetStringAsync("/Registry/HealthNews");
        Assert.DoesNotContain("Smith", worklistPage, StringComparison.Ordinal);

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var overview = await scope.ServiceProvider.GetRequiredService<RegistryOverviewService>().GetAsync(UaOfficer);
        Assert.Equal(2, overview.Persons);
        Assert.Equal(2, overview.PersonsByParty.Sum(p => p.Count));
        Assert.DoesNotContain(overview.PersonsByParty, p => p.PartyCode is null);
        var allOverview = await scope.ServiceProvider.GetRequiredService<RegistryOverviewService>().GetAsync(Actor.System);
        Assert.Equal(4, allOverview.Persons);
        var places = await scope.ServiceProvider.GetRequiredService<PlaceService>().ListAsync("RU", null, null, null, UaOfficer);
        Assert.Equal(1, places.Items.Sum(p => p.HeldNow));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_cannot_change_its_national_held_by_the_other_side_and_gets_a_clear_refusal(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var registry = await SeedAsync(app);
        var ua = app.CreateClient("bureau-officer", "UA");

        var edit = await ua.PutAsJsonAsync($"/api/persons/{registry.Ukrainian}", new { person = new { surname = "Коваль", dependsOn = "UA" }, version = 2 });
        var record = await ua.PostAsJsonAsync($"/api/persons/{registry.Ukrainian}/events", new { @event = new { kind = "released", date = "2025-06-01" } });
        var foreignerEvent = await ua.PostAsJsonAsync($"/api/persons/{registry.Foreigner}/events", new { @event = new { kind = "released", date = "2025-06-01" } });
        var ownEvent = await ua.PostAsJsonAsync($"/api/persons/{registry.Russian}/events", new { @event = new { kind = "hospitalised", date = "2025-06-01", place = TestRegistry.CampUa } });

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, record.StatusCode);
        var problem = await record.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Contains("not held by UA", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreignerEvent.StatusCode);
        Assert.Equal(HttpStatusCode.Created, ownEvent.StatusCode);
        var unchanged = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/persons/{registry.Ukrainian}", Json);
        Assert.Equal(("Коваленко", "held", 1), (unchanged.GetProperty("surname").GetString(), unchanged.GetProperty("status").GetString(), unchanged.GetProperty("timeline").GetArrayLength()));

        var browser = app.Browser("bureau-officer", "UA");
        var (detailsResponse, details) = await browser.GetPageAsync($"/Registry/Persons/{registry.Ukrainian}");
        Assert.Equal(HttpStatusCode.OK, detailsResponse.StatusCode);
        Assert.Contains("Notification data", details, StringComparison.Ordinal);
        Assert.Contains("Полтава, вул. Соборна 1", details, StringComparison.Ordinal);
        Assert.DoesNotContain(Note, details, StringComparison.Ordinal);
        Assert.DoesNotContain(Source, details, StringComparison.Ordinal);
        Assert.DoesNotContain(Languages, details, StringComparison.Ordinal);
        Assert.DoesNotContain("/Edit", details, StringComparison.Ordinal);
        var (editPage, editHtml) = await browser.GetPageAsync($"/Registry/Persons/{registry.Ukrainian}/Edit");
        Assert.Equal(HttpStatusCode.Forbidden, editPage.StatusCode);
        Assert.Contains("You cannot change this record", editHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"surname\"", editHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetPageAsync($"/Registry/Persons/{registry.Ukrainian}/Events/New")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetPageAsync($"/Registry/Persons/{registry.Foreigner}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetPageAsync($"/Registry/Persons/{registry.ForeignerId}/Edit")).Response.StatusCode);
        var (_, ownDetails) = await browser.GetPageAsync($"/Registry/Persons/{registry.Russian}");
        Assert.DoesNotContain("Notification data", ownDetails, StringComparison.Ordinal);
        Assert.Contains("/Edit", ownDetails, StringComparison.Ordinal);

        var placeEdit = await ua.PutAsJsonAsync($"/api/places/{TestRegistry.CampRu}", new { place = new { code = TestRegistry.CampRu, name = "Лагерь", holdingParty = "RU" }, version = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, placeEdit.StatusCode);
        var placeCreate = await ua.PostAsJsonAsync("/api/places", new { code = "RU-NEW-09", name = "Лагерь 9", holdingParty = "RU" });
        Assert.Equal(HttpStatusCode.Forbidden, placeCreate.StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_duplicate_service_number_is_refused_without_naming_a_person_the_party_may_not_see(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var registry = await SeedAsync(app);
        var ua = app.CreateClient("bureau-officer", "UA");

        var hidden = await ua.PostAsJsonAsync("/api/persons", new { surname = "Орлов", dependsOn = "RU", serviceNumber = "RU-3003" });
        var visible = await ua.PostAsJsonAsync("/api/persons", new { surname = "Смирнов", dependsOn = "RU", serviceNumber = "RU-2002" });
        var byIntermediary = await app.CreateClient().PostAsJsonAsync("/api/persons", new { surname = "Орлов", dependsOn = "RU", serviceNumber = "RU-3003" });

        Assert.Equal(HttpStatusCode.Conflict, hidden.StatusCode);
        var hiddenDetail = (await hidden.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("detail").GetString()!;
        Assert.DoesNotContain(registry.HiddenRussian, hiddenDetail, StringComparison.Ordinal);
        Assert.DoesNotContain("Орлов", hiddenDetail, StringComparison.Ordinal);
        Assert.Contains("contact the intermediary", hiddenDetail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, visible.StatusCode);
        Assert.Contains(registry.Russian, (await visible.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(registry.HiddenRussian, (await byIntermediary.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_list_updates_only_whom_the_party_holds_and_names_no_one_outside_its_records(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var registry = await SeedAsync(app);
        var ua = app.CreateClient("bureau-officer", "UA");
        var madeUp = Kinlink.Domain.Registry.IntermediaryReference.NewRandom().Value;
        var list =
            "intermediary_ref,service_number,surname,depends_on,rank\n"
            + $"{registry.Russian},,Смирнов,RU,рядовой\n"          // line 2: held by UA: updated
            + $"{registry.Ukrainian},,Коваленко,UA,капітан\n"       // line 3: held by RU: read only
            + $"{registry.Foreigner},,Smith,,captain\n"             // line 4: not visible to UA
            + ",RU-3003,Орлов,RU,майор\n"                           // line 5: a service number UA may not see
            + $"{madeUp},,Новий,RU,\n";                             // line 6: a made-up reference
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(list));
        file.Headers.ContentType = new("text/csv");

        var response = await ua.PostAsync("/api/imports", new MultipartFormDataContent { { file, "file", "ua-list.csv" }, { new StringContent("UA"), "party" }, { new StringContent("UA list 1"), "source" } });
        var raw = await response.Content.ReadAsStringAsync();
        var report = JsonDocument.Parse(raw).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal((1, 4, 1), (report.GetProperty("rowsAccepted").GetInt32(), report.GetProperty("rowsRejected").GetInt32(), report.GetProperty("personsUpdated").GetInt32()));
        var errors = report.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("line").GetInt32(), e => e.GetProperty("reason").GetString()!);
        Assert.Equal([3, 4, 5, 6], errors.Keys.Order());
        Assert.Contains("not held by UA", errors[3], StringComparison.Ordinal);
        Assert.Contains("contact the intermediary", errors[5], StringComparison.Ordinal);
        Assert.DoesNotContain(registry.HiddenRussian, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Орлов П", raw, StringComparison.Ordinal);
        // Unknown and invisible references get the same answer: a list cannot probe which references exist.
        Assert.Equal(errors[4].Replace(registry.Foreigner, "X", StringComparison.Ordinal), errors[6].Replace(madeUp, "X", StringComparison.Ordinal));

        var intermediary = app.CreateClient();
        Assert.Equal("рядовой", (await intermediary.GetFromJsonAsync<JsonElement>($"/api/persons/{registry.Russian}", Json)).GetProperty("rank").GetString());
        Assert.Equal("солдат", (await intermediary.GetFromJsonAsync<JsonElement>($"/api/persons/{registry.Ukrainian}", Json)).GetProperty("rank").GetString());
        Assert.Equal("", (await intermediary.GetFromJsonAsync<JsonElement>($"/api/persons/{registry.Foreigner}", Json)).GetProperty("rank").GetString());
        Assert.Equal(4, (await intermediary.GetFromJsonAsync<JsonElement>("/api/persons", Json)).GetProperty("total").GetInt32());

        // The other side's lists (file names, labels, who imported them) are not shown to a party.
        var ruFile = new ByteArrayContent(Encoding.UTF8.GetBytes($"intermediary_ref,surname,rank\n{registry.Ukrainian},Коваленко,капітан\n"));
        ruFile.Headers.ContentType = new("text/csv");
        var ruImport = await app.CreateClient("bureau-officer", "RU").PostAsync("/api/imports", new MultipartFormDataContent { { ruFile, "file", "ru-secret-file.csv" }, { new StringContent("RU"), "party" }, { new StringContent("RU list 7") , "source" } });
        Assert.Equal(HttpStatusCode.Created, ruImport.StatusCode);
        var uaImports = await ua.GetStringAsync("/api/imports");
        Assert.Contains("ua-list.csv", uaImports, StringComparison.Ordinal);
        Assert.DoesNotContain("ru-secret-file.csv", uaImports, StringComparison.Ordinal);
        var ruListId = (await ruImport.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync($"/api/imports/{ruListId}")).StatusCode);
        Assert.Equal("капітан", (await intermediary.GetFromJsonAsync<JsonElement>($"/api/persons/{registry.Ukrainian}", Json)).GetProperty("rank").GetString());
    }
}
