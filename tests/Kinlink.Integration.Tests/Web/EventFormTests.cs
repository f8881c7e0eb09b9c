using System.Net;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Web;

/// <summary>The form that records a status event on a person's timeline.</summary>
public sealed class EventFormTests
{
    [Fact]
    public async Task A_transfer_after_death_is_refused_on_the_form_and_nothing_is_stored()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var data = await WebTestData.SeedAsync(app);
        var eventsBefore = (await WebTestData.PersonAsync(app, data.Ivanov)).Timeline.Count;
        using var client = app.Browser();
        var url = $"/Registry/Persons/{data.Ivanov}/Events/New";
        var (_, form) = await client.GetPageAsync(url);

        var (response, html) = await client.PostFormAsync(url, form,
            [new("kind", "transferred"), new("date", "2026-11-10"), new("place", WebTestData.Colony), new("note", "перевезено автобусом")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = HtmlPage.Text(System.Text.RegularExpressions.Regex.Match(html, @"<div class=""error-summary"".*?</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Value);
        Assert.Contains("There is a problem", summary, StringComparison.Ordinal);
        Assert.Contains("The person is recorded as dead on 2026-11-02: a transfer cannot follow.", summary, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#kind\">", html, StringComparison.Ordinal);
        Assert.Contains("recorded as dead", HtmlPage.Text(HtmlPage.ElementById(html, "kind-error")!), StringComparison.Ordinal);
        Assert.Equal("transferred", HtmlPage.FieldValue(html, "kind"));
        Assert.Equal("2026-11-10", HtmlPage.FieldValue(html, "date"));
        Assert.Equal(WebTestData.Colony, HtmlPage.FieldValue(html, "place"));
        Assert.Equal("перевезено автобусом", HtmlPage.FieldValue(html, "note"));

        var after = await WebTestData.PersonAsync(app, data.Ivanov);
        Assert.Equal(eventsBefore, after.Timeline.Count);
        Assert.Equal(Kinlink.Domain.Registry.PersonStatus.Dead, after.Person!.CurrentStatus);
    }

    [Fact]
    public async Task An_event_without_a_date_shows_the_message_beside_the_date()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var data = await WebTestData.SeedAsync(app);
        using var client = app.Browser();
        var url = $"/Registry/Persons/{data.Kovalenko}/Events/New";
        var (_, form) = await client.GetPageAsync(url);

        var (response, html) = await client.PostFormAsync(url, form, [new("kind", "health-news"), new("date", ""), new("seriouslyIllOrWounded", "true")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#date\">The date of the event is required", html, StringComparison.Ordinal);
        Assert.Contains("The date of the event is required", HtmlPage.Text(HtmlPage.ElementById(html, "date-error")!), StringComparison.Ordinal);
        Assert.Contains("checked", HtmlPage.ControlTag(html, "seriouslyIllOrWounded")!, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", HtmlPage.ControlTag(html, "isCorrection")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_event_is_recorded_and_shown_on_the_timeline()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var data = await WebTestData.SeedAsync(app);
        using var client = app.Browser();
        var url = $"/Registry/Persons/{data.Kovalenko}/Events/New?kind=health-news";
        var (_, form) = await client.GetPageAsync(url);
        Assert.Equal("health-news", HtmlPage.FieldValue(form, "kind"));

        var (response, _) = await client.PostFormAsync($"/Registry/Persons/{data.Kovalenko}/Events/New", form,
            [new("kind", "health-news"), new("date", "2026-11-26"), new("condition", "стан стабільний"), new("seriouslyIllOrWounded", "true"), new("source", "лист табору від 2026-11-26")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, html) = await client.GetPageAsync(response.Headers.Location!.OriginalString.WithCulture("ru"));
        var text = HtmlPage.VisibleText(html);
        Assert.Contains("Событие внесено.", text, StringComparison.Ordinal);
        Assert.Contains("Сведения о здоровье", text, StringComparison.Ordinal);
        Assert.Contains("стан стабільний", text, StringComparison.Ordinal);
        Assert.Contains("лист табору від 2026-11-26", text, StringComparison.Ordinal);
        Assert.Equal(3, (await WebTestData.PersonAsync(app, data.Kovalenko)).Timeline.Count);
    }
}
