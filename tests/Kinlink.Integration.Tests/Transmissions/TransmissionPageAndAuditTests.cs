using System.Net;
using System.Net.Http.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Data.Transmissions;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Transmissions;

public class TransmissionPageAndAuditTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Reading_the_feed_is_audited_as_a_read_of_its_persons_and_an_acknowledgement_is_audited(DatabaseKind kind)
    {
        await using var harness = await AuditHarness.CreateAsync(kind);
        var russianBureau = new Actor("bureau.ru", "RU");
        var ukrainianBureau = new Actor("bureau.ua", "UA");
        var person = await harness.WithPersonsAsync(s => s.RegisterAsync(new PersonInput { Surname = "Коваленко", GivenName = "Іван", DependsOn = "UA" }, russianBureau));

        var acknowledged = await harness.WithContextAsync(async db =>
        {
            var transmissions = new TransmissionService(db, harness.Clock, harness.Trail);
            var feed = await transmissions.FeedAsync(TransmissionStatusFilter.All, null, null, ukrainianBureau);
            return await transmissions.AcknowledgeAsync(Assert.Single(feed.Items).Id, ukrainianBureau);
        });
        await harness.Trail.FlushAsync();

        Assert.Equal("bureau.ua", acknowledged.AcknowledgedBy);
        var entries = await harness.EntriesAsync();
        var read = Assert.Single(entries, e => e.Entry.Action == AuditActions.TransmissionFeed);
        Assert.Equal([person.Id], read.Persons);
        Assert.Equal("bureau.ua", read.Entry.UserName);
        var acknowledgement = Assert.Single(entries, e => e.Entry.Action == AuditActions.TransmissionAcknowledge);
        Assert.Equal([person.Id], acknowledgement.Persons);
        Assert.Contains(acknowledged.Id.Value.ToString(), acknowledgement.Entry.Summary, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_officer_reads_the_feed_page_acknowledges_all_shown_and_the_intermediary_sees_the_overview_page(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var ru = app.CreateClient("bureau-officer", "RU");
        foreach (var (surname, number) in new[] { ("Коваленко", "АБ-1"), ("Шевчук", "АБ-2") })
        {
            Assert.Equal(HttpStatusCode.Created, (await ru.PostAsJsonAsync("/api/persons", new { surname, givenName = "Іван", dependsOn = "UA", serviceNumber = number })).StatusCode);
        }

        app.Factory.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(5));
        var overview = HtmlPage.VisibleText((await app.Browser("caseworker").GetPageAsync("/Transmissions/Overview")).Html);
        Assert.Contains("Unacknowledged: 2", overview, StringComparison.Ordinal);
        Assert.Contains("2 d 5 h", overview, StringComparison.Ordinal);
        Assert.Contains("Kovalenko", overview, StringComparison.Ordinal);

        var browser = app.Browser("liaison-officer", "UA");
        var (response, html) = await browser.GetPageAsync("/Transmissions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = HtmlPage.VisibleText(html);
        Assert.Contains("Коваленко", text, StringComparison.Ordinal);
        Assert.Contains("АБ-2", text, StringComparison.Ordinal);
        Assert.Contains("Acknowledge the 2 new notifications shown", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/Transmissions\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Transmissions/Overview\"", html, StringComparison.Ordinal);
        var ids = System.Text.RegularExpressions.Regex.Matches(html, @"name=""ids"" value=""(?<id>[0-9a-f-]+)""").Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(2, ids.Count);

        var (posted, _) = await browser.PostFormAsync("/Transmissions?handler=AcknowledgeShown", html, ids.Select(id => new KeyValuePair<string, string>("ids", id)));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var after = HtmlPage.VisibleText((await browser.GetPageAsync(posted.Headers.Location!.OriginalString.WithCulture("uk"))).Html);
        Assert.Contains("Отримання показаних повідомлень підтверджено.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Підтвердити показані нові повідомлення", after, StringComparison.Ordinal);
        var unacknowledged = HtmlPage.VisibleText((await browser.GetPageAsync("/Transmissions?status=unacknowledged")).Html);
        Assert.Contains("No notifications.", unacknowledged, StringComparison.Ordinal);
        Assert.Contains("Nothing waits for acknowledgement.", HtmlPage.VisibleText((await app.Browser("admin").GetPageAsync("/Transmissions/Overview")).Html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ru")]
    public async Task The_feed_page_speaks_the_readers_language(string culture)
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await TestRegistry.SeedAsync(app.Factory.Services);
        Assert.Equal(HttpStatusCode.Created, (await app.CreateClient("bureau-officer", "RU").PostAsJsonAsync("/api/persons", new { surname = "Коваленко", givenName = "Іван", dependsOn = "UA" })).StatusCode);

        var (response, html) = await app.Browser("bureau-officer", "UA").GetPageAsync("/Transmissions?status=unacknowledged".WithCulture(culture));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(culture, HtmlPage.HtmlLang(html));
        Assert.Equal(UiResources.Text(culture, "Transmissions.Title"), HtmlPage.H1(html));
        var text = HtmlPage.VisibleText(html);
        Assert.Contains(UiResources.Text(culture, "Transmissions.Subject.registration"), text, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text(culture, "Transmissions.Acknowledge"), text, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text(culture, "Nav.Transmissions"), text, StringComparison.Ordinal);
    }
}
