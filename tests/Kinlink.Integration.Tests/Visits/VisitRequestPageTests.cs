using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Visits;

/// <summary>The visit request pages: the caseworker's new-request form, the request's page, and the liaison officer's answer form, in each language.</summary>
public sealed class VisitRequestPageTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ru")]
    public async Task The_liaison_officer_answers_on_the_form_and_the_request_changes(string culture)
    {
        await using var world = await VisitWorld.StartAsync(DatabaseKind.Sqlite);
        var reference = (await world.CreateAsync(world.Kovalenko, world.Bondarenko)).GetProperty("reference").GetString()!;
        using var browser = world.App.Browser("liaison-officer", "RU");

        var (listResponse, list) = await browser.GetPageAsync("/Visits/Answers".WithCulture(culture));
        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        Assert.Equal(UiResources.Text(culture, "VisitAnswers.Title"), HtmlPage.H1(list));
        Assert.Contains(reference, list, StringComparison.Ordinal);

        var url = $"/Visits/Answers/{reference}".WithCulture(culture);
        var (_, form) = await browser.GetPageAsync(url);
        Assert.Contains(UiResources.Text(culture, "VisitAnswer.Heading"), HtmlPage.Text(form), StringComparison.Ordinal);
        var rows = System.Text.RegularExpressions.Regex.Matches(form, @"name=""form\.persons\[(\d)\]\.personId"" value=""([^""]+)""").ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);

        // A refusal of one person without its reason: the message stands beside that person's reason.
        var (refusedResponse, refused) = await browser.PostFormAsync(url, form,
        [
            .. rows.Select(r => new KeyValuePair<string, string>($"form.persons[{r.Value}].personId", r.Key)),
            new("form.version", "0"), new("form.outcome", "partly-accepted"), new("form.date", "2026-12-11"), new("form.time", "10:00"),
            new($"form.persons[{rows[world.Kovalenko.Reference.Value]}].answer", "accepted"),
            new($"form.persons[{rows[world.Bondarenko.Reference.Value]}].answer", "refused"),
        ]);
        Assert.Equal(HttpStatusCode.OK, refusedResponse.StatusCode);
        var refusalNeedsReason = culture switch { "uk" => "Укажіть причину відмови.", "ru" => "Укажите причину отказа.", _ => "A refusal needs its reason." };
        Assert.Contains(refusalNeedsReason, HtmlPage.Text(HtmlPage.ElementById(refused, $"form.persons[{rows[world.Bondarenko.Reference.Value]}].reason-error")!), StringComparison.Ordinal);
        Assert.Equal("partly-accepted", HtmlPage.FieldValue(refused, "form.outcome"));

        var (response, _) = await browser.PostFormAsync(url, refused,
        [
            .. rows.Select(r => new KeyValuePair<string, string>($"form.persons[{r.Value}].personId", r.Key)),
            new("form.version", "0"), new("form.outcome", "partly-accepted"), new("form.date", "2026-12-11"), new("form.time", "10:00"),
            new($"form.persons[{rows[world.Kovalenko.Reference.Value]}].answer", "accepted"),
            new($"form.persons[{rows[world.Bondarenko.Reference.Value]}].answer", "refused"),
            new($"form.persons[{rows[world.Bondarenko.Reference.Value]}].reason", "Под следствием"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var (_, answered) = await browser.GetPageAsync(url);
        Assert.Contains(UiResources.Text(culture, "VisitRequestStatus.partly-accepted"), HtmlPage.Text(HtmlPage.ElementById(answered, "request-status")!), StringComparison.Ordinal);
        Assert.Contains("Под следствием", answered, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"form.outcome\"", answered, StringComparison.Ordinal);
        var read = await world.Caseworker().GetFromJsonAsync<JsonElement>($"/api/visit-requests/{reference}", VisitWorld.Json);
        Assert.Equal(("partly-accepted", new DateTimeOffset(2026, 12, 11, 10, 0, 0, TimeSpan.Zero)), (read.GetProperty("status").GetString(), read.GetProperty("visitAt").GetDateTimeOffset()));

        // Another party's officer finds no such request.
        using var other = world.App.Browser("liaison-officer", "UA");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetPageAsync(url)).Response.StatusCode);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ru")]
    public async Task The_new_request_form_shows_a_bad_date_beside_its_field_and_a_good_one_sends_the_request(string culture)
    {
        await using var world = await VisitWorld.StartAsync(DatabaseKind.Sqlite);
        using var browser = world.App.Browser("caseworker");
        var url = "/Visits/Requests/New".WithCulture(culture);
        var (_, form) = await browser.GetPageAsync(url);
        Assert.Equal(UiResources.Text(culture, "VisitRequestNew.Title"), HtmlPage.H1(form));

        var (selectResponse, selection) = await browser.PostFormAsync($"/Visits/Requests/New?handler=Select&culture={culture}", form,
            [new("party", "RU"), new("place", TestRegistry.CampRu), new("notSeenForDays", "90")]);
        Assert.Equal(HttpStatusCode.OK, selectResponse.StatusCode);
        Assert.Contains(UiResources.Text(culture, "VisitPersonReason.never-visited"), HtmlPage.Text(selection), StringComparison.Ordinal);
        Assert.Contains($"value=\"{world.Shevchenko.Reference.Value}|never-visited\"", selection, StringComparison.Ordinal);

        List<KeyValuePair<string, string>> fields =
        [
            new("party", "RU"), new("place", TestRegistry.CampRu), new("notSeenForDays", "90"), new("selectionShown", "true"),
            new("selected", $"{world.Kovalenko.Reference.Value}|never-visited"), new("selected", $"{world.Shevchenko.Reference.Value}|never-visited"),
            new("proposedTo", "2026-12-12"), new("purpose", "Conditions"), new("priority", "urgent"),
        ];
        var (badResponse, bad) = await browser.PostFormAsync(url, selection, [.. fields, new("proposedFrom", "10.12.2026")]);

        Assert.Equal(HttpStatusCode.OK, badResponse.StatusCode);
        Assert.Contains("<a href=\"#proposedFrom\">", bad, StringComparison.Ordinal);
        var notADate = culture switch { "uk" => "«10.12.2026» — не дата", "ru" => "«10.12.2026» — не дата", _ => "'10.12.2026' is not a date" };
        Assert.Contains(notADate, HtmlPage.Text(HtmlPage.ElementById(bad, "proposedFrom-error")!), StringComparison.Ordinal);
        Assert.Equal("10.12.2026", HtmlPage.FieldValue(bad, "proposedFrom"));
        // The selection is shown again with the ticks as they were: Bondarenko was left out.
        Assert.Contains("checked", HtmlPage.ControlTag(bad, "selected-" + SelectionRow(bad, world.Shevchenko.Reference.Value))!, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", HtmlPage.ControlTag(bad, "selected-" + SelectionRow(bad, world.Bondarenko.Reference.Value))!, StringComparison.Ordinal);

        var (goodResponse, _) = await browser.PostFormAsync(url, bad, [.. fields, new("proposedFrom", "2026-12-10")]);
        Assert.Equal(HttpStatusCode.Redirect, goodResponse.StatusCode);
        var location = goodResponse.Headers.Location!.OriginalString;
        Assert.StartsWith("/Visits/Requests/VRQ-", location, StringComparison.Ordinal);
        var (_, details) = await browser.GetPageAsync(location.WithCulture(culture));
        Assert.Contains(world.Kovalenko.Reference.Value, details, StringComparison.Ordinal);
        Assert.Contains(world.Shevchenko.Reference.Value, details, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Bondarenko.Reference.Value, details, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text(culture, "VisitPriority.urgent"), HtmlPage.Text(details), StringComparison.Ordinal);
        Assert.Contains(UiResources.Text(culture, "VisitRequestStatus.awaiting-answer"), HtmlPage.Text(HtmlPage.ElementById(details, "request-status")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_caseworker_withdraws_a_request_on_its_page_and_a_stale_form_is_refused()
    {
        await using var world = await VisitWorld.StartAsync(DatabaseKind.Sqlite);
        var reference = (await world.CreateAsync(world.Kovalenko)).GetProperty("reference").GetString()!;
        using var browser = world.App.Browser("caseworker");
        var url = $"/Visits/Requests/{reference}";
        var (_, page) = await browser.GetPageAsync(url);

        var (noReason, refused) = await browser.PostFormAsync(url + "?handler=Withdraw", page, [new("version", "0"), new("reason", "")]);
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.NotNull(HtmlPage.ElementById(refused, "reason-error"));

        await VisitWorld.ReadAsync(await world.Liaison("RU").PostAsJsonAsync($"/api/visit-requests/{reference}/answer", new { outcome = "refused", reason = "Нет", version = 0 }), HttpStatusCode.OK);
        var (stale, _) = await browser.PostFormAsync(url + "?handler=Withdraw", page, [new("version", "0"), new("reason", "No longer needed")]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var (done, _) = await browser.PostFormAsync(url + "?handler=Withdraw", page, [new("version", "1"), new("reason", "No longer needed")]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var read = await world.Caseworker().GetFromJsonAsync<JsonElement>($"/api/visit-requests/{reference}", VisitWorld.Json);
        Assert.Equal("withdrawn", read.GetProperty("status").GetString());
        Assert.Equal("No longer needed", read.GetProperty("events")[2].GetProperty("note").GetString());
    }

    private static string SelectionRow(string html, string reference) =>
        System.Text.RegularExpressions.Regex.Match(html, $@"id=""selected-(\d+)"" name=""selected"" value=""{reference}\|").Groups[1].Value;
}
