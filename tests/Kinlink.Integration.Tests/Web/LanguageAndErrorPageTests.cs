using System.Net;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Web;

/// <summary>How a reader chooses the language, and what they see for something that does not exist.</summary>
public sealed class LanguageAndErrorPageTests
{
    [Fact]
    public async Task The_language_switcher_sets_the_cookie_and_the_next_pages_are_in_Ukrainian()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await WebTestData.SeedAsync(app);
        using var client = app.Browser();
        var (_, english) = await client.GetPageAsync("/Registry/Persons?status=held");
        Assert.Equal("en", HtmlPage.HtmlLang(english));
        var switchLink = HtmlPage.Links(english).Single(l => l.StartsWith("/Language?culture=uk", StringComparison.Ordinal));

        var (switched, _) = await client.GetPageAsync(switchLink);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Registry/Persons?status=held", switched.Headers.Location!.OriginalString);
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("c%3Duk%7Cuic%3Duk", cookie, StringComparison.Ordinal);

        var (_, ukrainian) = await client.GetPageAsync(switched.Headers.Location.OriginalString);
        Assert.Equal("uk", HtmlPage.HtmlLang(ukrainian));
        Assert.Equal("Особи", HtmlPage.H1(ukrainian));
        Assert.Equal("held", HtmlPage.FieldValue(ukrainian, "status"));
        Assert.Contains("Утримується", HtmlPage.VisibleText(ukrainian), StringComparison.Ordinal);

        var (_, home) = await client.GetPageAsync("/");
        Assert.Equal("uk", HtmlPage.HtmlLang(home));
        Assert.Equal("Реєстр осіб", HtmlPage.H1(home));
    }

    [Fact]
    public async Task The_language_switcher_drops_a_culture_in_the_query_and_never_leaves_the_site()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        using var client = app.Browser();

        var (fromQuery, _) = await client.GetPageAsync("/Language?culture=ru&returnUrl=" + Uri.EscapeDataString("/Registry/Places?culture=uk&open=open"));
        Assert.Equal("/Registry/Places?open=open", fromQuery.Headers.Location!.OriginalString);

        var (external, _) = await client.GetPageAsync("/Language?culture=ru&returnUrl=" + Uri.EscapeDataString("https://example.org/"));
        Assert.Equal("/", external.Headers.Location!.OriginalString);

        var (_, places) = await client.GetPageAsync("/Registry/Places");
        Assert.Equal("Места содержания", HtmlPage.H1(places));
    }

    [Fact]
    public async Task The_browser_language_is_used_when_the_reader_has_not_chosen_one()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        using var client = app.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-RU,ru;q=0.9,en;q=0.5");

        var (_, html) = await client.GetPageAsync("/Registry/HealthNews");

        Assert.Equal("ru", HtmlPage.HtmlLang(html));
        Assert.Equal("Ожидаемые сведения о здоровье", HtmlPage.H1(html));
        Assert.Contains("Сейчас не ожидается никаких сведений о здоровье.", HtmlPage.VisibleText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_person_gets_a_friendly_not_found_page_but_the_API_keeps_problem_details()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        using var client = app.Browser();

        var (page, html) = await client.GetPageAsync("/Registry/Persons/KL-0000-0000/Edit?culture=uk");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Сторінку не знайдено", HtmlPage.H1(html));
        Assert.Contains("/Registry/Persons", HtmlPage.Links(html));

        // Switching language from the error page goes back to the address asked for, not to the error page.
        var toEnglish = HtmlPage.Links(html).Single(l => l.StartsWith("/Language?culture=en", StringComparison.Ordinal));
        var (switched, _) = await client.GetPageAsync(toEnglish);
        Assert.Equal("/Registry/Persons/KL-0000-0000/Edit", switched.Headers.Location!.OriginalString);

        var (api, json) = await client.GetPageAsync("/api/persons/KL-0000-0000");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", json, StringComparison.Ordinal);

        var (unknownApi, _) = await client.GetPageAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, unknownApi.StatusCode);
        Assert.NotEqual("text/html", unknownApi.Content.Headers.ContentType?.MediaType);
    }
}
