using System.Net;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Web;

/// <summary>The add and edit person forms, posted as a browser posts them.</summary>
public sealed class PersonFormTests
{
    /// <summary>A read-only role would only be refused behind the buttons, so the person page does not offer them.</summary>
    [Theory]
    [InlineData("caseworker", true)]
    [InlineData("analyst", false)]
    [InlineData("dpo", false)]
    public async Task The_person_page_offers_edit_and_new_event_only_to_roles_that_write(string role, bool offered)
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var data = await WebTestData.SeedAsync(app);
        using var client = app.Browser(role);

        var (response, html) = await client.GetPageAsync($"/Registry/Persons/{data.Kovalenko}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(offered, html.Contains($"/Registry/Persons/{data.Kovalenko}/Edit", StringComparison.Ordinal));
        Assert.Equal(offered, html.Contains($"/Registry/Persons/{data.Kovalenko}/Events/New", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invalid_new_person_shows_an_error_summary_linking_to_each_field_and_keeps_what_was_typed()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await WebTestData.SeedAsync(app);
        var before = await WebTestData.PersonCountAsync(app);
        using var client = app.Browser();
        var (_, form) = await client.GetPageAsync("/Registry/Persons/New");

        var (response, html) = await client.PostFormAsync("/Registry/Persons/New", form,
        [
            new("category", "pow"), new("surname", "  "), new("givenName", "Олександр"), new("patronymic", "Миколайович"),
            new("sex", "M"), new("dateOfBirth", "1994-13-40"), new("dependsOn", "UA"), new("rank", "сержант"),
            new("informAddress", "Харків, вул. Сумська, 1"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error:", HtmlPage.Title(html), StringComparison.Ordinal);
        var summary = ErrorSummary(html);
        Assert.Contains("There is a problem", HtmlPage.Text(summary), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#surname\">The surname is required.</a>", summary, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#dateOfBirth\">", summary, StringComparison.Ordinal);
        Assert.Contains("'1994-13-40' is not a valid date", HtmlPage.Text(summary), StringComparison.Ordinal);

        // Each message again beside its field, and the field says so to assistive technology.
        Assert.Contains("The surname is required.", HtmlPage.Text(HtmlPage.ElementById(html, "surname-error")!), StringComparison.Ordinal);
        Assert.Contains("surname-error", HtmlPage.Attribute(HtmlPage.ControlTag(html, "surname")!, "aria-describedby"), StringComparison.Ordinal);
        Assert.Contains("is not a valid date", HtmlPage.Text(HtmlPage.ElementById(html, "dateOfBirth-error")!), StringComparison.Ordinal);

        // What was typed is still there.
        Assert.Equal("Олександр", HtmlPage.FieldValue(html, "givenName"));
        Assert.Equal("Миколайович", HtmlPage.FieldValue(html, "patronymic"));
        Assert.Equal("1994-13-40", HtmlPage.FieldValue(html, "dateOfBirth"));
        Assert.Equal("UA", HtmlPage.FieldValue(html, "dependsOn"));
        Assert.Equal("M", HtmlPage.FieldValue(html, "sex"));
        Assert.Equal("сержант", HtmlPage.FieldValue(html, "rank"));
        Assert.Equal("Харків, вул. Сумська, 1", HtmlPage.FieldValue(html, "informAddress"));

        Assert.Equal(before, await WebTestData.PersonCountAsync(app));
    }

    [Fact]
    public async Task A_valid_new_person_is_registered_and_the_browser_is_sent_to_their_page()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await WebTestData.SeedAsync(app);
        using var client = app.Browser();
        var (_, form) = await client.GetPageAsync("/Registry/Persons/New?culture=uk");

        var (response, _) = await client.PostFormAsync("/Registry/Persons/New?culture=uk", form,
            [new("category", "internee"), new("surname", "Шевчук"), new("givenName", "Ірина"), new("sex", "F"), new("dateOfBirth", "1988-05"), new("dependsOn", "UA")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches(@"^/Registry/Persons/KL-[0-9A-Z]{4}-[0-9A-Z]{4}", location);
        var (page, html) = await client.GetPageAsync(location.WithCulture("uk"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var text = HtmlPage.VisibleText(html);
        Assert.Contains("Особу зареєстровано.", text, StringComparison.Ordinal);
        Assert.StartsWith("Шевчук Ірина Shevchuk", HtmlPage.H1(html), StringComparison.Ordinal);
        Assert.Contains("Інтернована цивільна особа", text, StringComparison.Ordinal);
        Assert.Contains("1988-05", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_an_edit_made_on_a_stale_version_shows_the_conflict_and_overwrites_nothing()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var data = await WebTestData.SeedAsync(app);
        using var client = app.Browser();
        var (_, form) = await client.GetPageAsync($"/Registry/Persons/{data.Smith}/Edit");
        var version = HtmlPage.Attribute(System.Text.RegularExpressions.Regex.Match(form, @"<input[^>]*name=""version""[^>]*>").Value, "value");
        Assert.Equal("John", HtmlPage.FieldValue(form, "givenName"));

        // Meanwhile a colleague changes the record.
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
            var current = await persons.GetAsync(data.Smith, Actor.System);
            await persons.UpdateAsync(data.Smith, new PersonInput { Category = "internee", Surname = "Smith", GivenName = "John", Sex = "M", DependsOn = "UA", Rank = "civilian driver" }, current.Person!.Version, Actor.System);
        }

        var (response, html) = await client.PostFormAsync($"/Registry/Persons/{data.Smith}/Edit", form,
            [new("version", version!), new("category", "internee"), new("surname", "Smyth"), new("givenName", "John"), new("sex", "M"), new("dependsOn", "UA")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = HtmlPage.VisibleText(html);
        Assert.Contains("Someone else has changed this record", text, StringComparison.Ordinal);
        Assert.Contains("your changes have not been saved", text, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Registry/Persons/{data.Smith}/Edit\"", html, StringComparison.Ordinal);
        Assert.Equal("Smyth", HtmlPage.FieldValue(html, "surname"));

        var stored = await WebTestData.PersonAsync(app, data.Smith);
        Assert.Equal("Smith", stored.Person!.Surname);
        Assert.Equal("civilian driver", stored.Person.Rank);
    }

    [Fact]
    public async Task Saving_an_edit_on_the_current_version_changes_the_record_and_returns_to_it()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var data = await WebTestData.SeedAsync(app);
        using var client = app.Browser();
        var (_, form) = await client.GetPageAsync($"/Registry/Persons/{data.Smith}/Edit");
        var version = HtmlPage.Attribute(System.Text.RegularExpressions.Regex.Match(form, @"<input[^>]*name=""version""[^>]*>").Value, "value");

        var (response, _) = await client.PostFormAsync($"/Registry/Persons/{data.Smith}/Edit", form,
            [new("version", version!), new("category", "internee"), new("surname", "Smyth"), new("givenName", "John"), new("sex", "M"), new("dependsOn", "UA"), new("languages", "English")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Registry/Persons/{data.Smith}", response.Headers.Location!.OriginalString);
        var (_, html) = await client.GetPageAsync($"/Registry/Persons/{data.Smith}");
        var text = HtmlPage.VisibleText(html);
        Assert.Contains("Your changes have been saved.", text, StringComparison.Ordinal);
        Assert.StartsWith("Smyth John", HtmlPage.H1(html), StringComparison.Ordinal);
        // Both spellings are kept as name forms.
        var names = HtmlPage.Text(HtmlPage.ElementContent(html[html.IndexOf("names-heading", StringComparison.Ordinal)..], "tbody")!);
        Assert.Contains("Smith John", names, StringComparison.Ordinal);
        Assert.Contains("Smyth John", names, StringComparison.Ordinal);
    }

    private static string ErrorSummary(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, @"<div class=""error-summary"".*?</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
}
