using System.Net;
using Kinlink.Data.Access;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Exchanges;

public class ExchangePageTests
{
    [Fact]
    public async Task A_new_exchange_form_shows_each_error_by_its_field_and_a_right_one_leads_to_the_exchange_page()
    {
        var world = await ExchangeTestKit.StartAsync(DatabaseKind.Sqlite);
        await using var _ = world.App;
        using var client = world.App.Browser("caseworker");
        var (_, form) = await client.GetPageAsync("/Exchanges/New");

        var (refused, html) = await client.PostFormAsync("/Exchanges/New", form, [new("partyA", "RU"), new("partyB", "RU"), new("terms", "n-for-n"), new("countPerSide", "two")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("href=\"#countPerSide\"", html, StringComparison.Ordinal);
        Assert.Contains("is not a whole number", HtmlPage.VisibleText(html), StringComparison.Ordinal);

        var (samePair, html2) = await client.PostFormAsync("/Exchanges/New", form, [new("partyA", "RU"), new("partyB", "RU"), new("terms", "n-for-n")]);
        Assert.Equal(HttpStatusCode.OK, samePair.StatusCode);
        Assert.Contains("href=\"#partyB\"", html2, StringComparison.Ordinal);
        Assert.Contains("href=\"#countPerSide\"", html2, StringComparison.Ordinal);

        var (created, _) = await client.PostFormAsync("/Exchanges/New", form, [new("partyA", "RU"), new("partyB", "UA"), new("terms", "all-for-all"), new("place", "Sumy")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        Assert.Matches("^/Exchanges/EXC-[0-9A-Z]{4}-[0-9A-Z]{4}$", location);
        var (_, details) = await client.GetPageAsync(location);
        Assert.Contains("Sumy", HtmlPage.VisibleText(details), StringComparison.Ordinal);

        // The terms change on the exchange page with the version read; a stale form is refused and says so.
        var version = System.Text.RegularExpressions.Regex.Match(details, "name=\"version\" value=\"(?<v>[0-9]+)\"").Groups["v"].Value;
        Assert.NotEmpty(version);
        var (refusedTerms, refusedHtml) = await client.PostFormAsync($"{location}?handler=Terms", details, [new("terms", "n-for-n"), new("version", version)]);
        Assert.Equal(HttpStatusCode.OK, refusedTerms.StatusCode);
        Assert.Contains("href=\"#countPerSide\"", refusedHtml, StringComparison.Ordinal);
        var (changed, _) = await client.PostFormAsync($"{location}?handler=Terms", details, [new("terms", "n-for-n"), new("countPerSide", "12"), new("termsPlace", "Sumy crossing"), new("version", version)]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var (_, after) = await client.GetPageAsync(location);
        Assert.Contains("Sumy crossing", HtmlPage.VisibleText(after), StringComparison.Ordinal);
        Assert.Contains("(12)", HtmlPage.VisibleText(after), StringComparison.Ordinal);
        var (stale, staleHtml) = await client.PostFormAsync($"{location}?handler=Terms", details, [new("terms", "all-for-all"), new("version", version)]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("changed by someone else", HtmlPage.VisibleText(staleHtml), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_interview_note_is_opened_on_the_entry_page_only_for_confidential_roles_and_each_opening_is_audited()
    {
        var world = await ExchangeTestKit.StartAsync(DatabaseKind.Sqlite);
        await using var _ = world.App;
        var (reference, entry) = await ExchangeTestKit.PageDataAsync(world.App, world.Clear);
        var api = world.App.CreateClient("delegate");
        await ExchangeTestKit.VerifyAsync(api, reference, "Коваленко", "undecided", "Не знає, чи чекає на нього родина");

        using var admin = world.App.Browser("admin");
        var (adminPage, adminHtml) = await admin.GetPageAsync($"/Exchanges/{reference}/Entries/{entry}");
        Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);
        Assert.DoesNotContain("handler=Note", adminHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"wish\"", adminHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetPageAsync($"/Exchanges/{reference}/Entries/{entry}?handler=Note")).Response.StatusCode);

        using var caseworker = world.App.Browser("caseworker");
        var (_, closed) = await caseworker.GetPageAsync($"/Exchanges/{reference}/Entries/{entry}");
        Assert.DoesNotContain("чекає", closed, StringComparison.Ordinal);
        Assert.Contains("undecided in the private interview", HtmlPage.VisibleText(closed), StringComparison.Ordinal);
        var before = await AuditTestKit.LastSequenceAsync(world.App);
        var (_, opened) = await caseworker.GetPageAsync($"/Exchanges/{reference}/Entries/{entry}?handler=Note");
        Assert.Contains("Не знає, чи чекає на нього родина", HtmlPage.ElementById(opened, "interview-note"), StringComparison.Ordinal);
        Assert.Contains(await AuditTestKit.EntriesAfterAsync(world.App, before), e => VisitTestKit.Has(e.Entry, AuditActions.ExchangeInterviewRead));
    }
}
