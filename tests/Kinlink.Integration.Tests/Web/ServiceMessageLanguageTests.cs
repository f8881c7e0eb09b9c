using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinlink.Data.Mail;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Web;

/// <summary>What the services refuse reaches the reader in their language: beside form fields, in import reports, in the API's problems.</summary>
public sealed class ServiceMessageLanguageTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("uk", "«1994-13-40» — неправильна дата: Місяць має бути від 1 до 12.", "Укажіть прізвище.")]
    [InlineData("ru", "«1994-13-40» — неверная дата: Месяц должен быть от 1 до 12.", "Укажите фамилию.")]
    public async Task A_person_with_a_bad_date_of_birth_is_refused_in_the_readers_language(string culture, string dateMessage, string surnameMessage)
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await WebTestData.SeedAsync(app);
        using var client = app.Browser();
        var url = "/Registry/Persons/New".WithCulture(culture);
        var (_, form) = await client.GetPageAsync(url);

        var (response, html) = await client.PostFormAsync(url, form,
            [new("category", "pow"), new("surname", " "), new("givenName", "Олександр"), new("sex", "M"), new("dateOfBirth", "1994-13-40"), new("dependsOn", "UA")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(dateMessage, ErrorBeside(html, "dateOfBirth", culture));
        Assert.Equal(surnameMessage, ErrorBeside(html, "surname", culture));
        // The summary at the top links to the field with the same words.
        Assert.Contains($"<a href=\"#dateOfBirth\">{dateMessage}</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enquiry_missing_its_required_fields_is_refused_in_russian()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await WebTestData.SeedAsync(app);
        using var client = app.Browser();
        var url = "/Tracing/Enquiries/New".WithCulture("ru");
        var (_, form) = await client.GetPageAsync(url);

        var (response, html) = await client.PostFormAsync(url, form, [new("enquirer.fullName", ""), new("soughtPerson.surname", "")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Укажите имя заявителя.", ErrorBeside(html, "enquirer.fullName", "ru"));
        Assert.Equal("Укажите фамилию.", ErrorBeside(html, "soughtPerson.surname", "ru"));
        Assert.DoesNotContain("is required", HtmlPage.VisibleText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visit_request_with_a_bad_date_is_refused_in_ukrainian()
    {
        await using var world = await VisitWorld.StartAsync(DatabaseKind.Sqlite);
        using var browser = world.App.Browser("caseworker");
        var url = "/Visits/Requests/New".WithCulture("uk");
        var (_, form) = await browser.GetPageAsync(url);

        var (response, html) = await browser.PostFormAsync(url, form,
        [
            new("party", "RU"), new("place", TestRegistry.CampRu), new("proposedFrom", "10.12.2026"), new("proposedTo", "2026-12-12"),
            new("purpose", "Умови утримання"), new("priority", "urgent"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = ErrorBeside(html, "proposedFrom", "uk");
        Assert.StartsWith("«10.12.2026» — не дата", message, StringComparison.Ordinal);
        Assert.DoesNotContain("is not a date", HtmlPage.VisibleText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parcel_over_the_weight_limit_shows_why_it_was_refused_in_russian()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var data = await WebTestData.SeedAsync(app);
        using var client = app.Browser();
        var url = "/Mail/Parcels/New".WithCulture("ru");
        var (_, form) = await client.GetPageAsync(url);
        var tooHeavy = MailSettings.DefaultMaxParcelWeightGrams + 4000;

        var (created, _) = await client.PostFormAsync(url, form,
        [
            new("person", data.Kovalenko), new("senderName", "Коваленко Галина"),
            new("Lines[0].Category", "food"), new("Lines[0].Description", "Консервы"), new("Lines[0].Quantity", "10"), new("Lines[0].WeightGrams", tooHeavy.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var (_, details) = await client.GetPageAsync(created.Headers.Location!.OriginalString.WithCulture("ru"));
        // The list of reasons under its heading; the outcome note and the timeline keep the record as it was written.
        var reasons = details[details.IndexOf(UiResources.Text("ru", "Parcels.RefusalReasons"), StringComparison.Ordinal)..];
        reasons = reasons[..reasons.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Equal($"Посылка весит {tooHeavy} г; можно не более {MailSettings.DefaultMaxParcelWeightGrams} г.", HtmlPage.Text(reasons[reasons.IndexOf("<li>", StringComparison.Ordinal)..]).Trim());
    }

    [Fact]
    public async Task An_edit_that_clashes_with_another_records_service_number_is_refused_in_ukrainian()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var data = await WebTestData.SeedAsync(app);
        var kovalenko = await WebTestData.PersonAsync(app, data.Kovalenko);
        using var client = app.Browser();
        var url = $"/Registry/Persons/{data.Ivanov}/Edit".WithCulture("uk");
        var (_, form) = await client.GetPageAsync(url);
        var version = HtmlPage.Attribute(System.Text.RegularExpressions.Regex.Match(form, @"<input[^>]*name=""version""[^>]*>").Value, "value");

        var (response, html) = await client.PostFormAsync(url, form,
        [
            new("version", version!), new("category", "pow"), new("surname", "Иванов"), new("givenName", "Сергей"), new("sex", "M"),
            new("dependsOn", "UA"), new("serviceNumber", kovalenko.Person!.ServiceNumber!),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith($"Особистий номер {kovalenko.Person.ServiceNumber} цієї сторони вже зареєстровано", ErrorBeside(html, "serviceNumber", "uk"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_with_bad_rows_reports_the_reasons_in_ukrainian()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await WebTestData.SeedAsync(app);
        using var client = app.Browser();
        var url = "/Registry/Imports".WithCulture("uk");
        var (_, page) = await client.GetPageAsync(url);
        const string csv = "service_number,surname,given_name,date_of_birth,depends_on,category\n"
            + "Ж-1,Коваленко,Олександр,1994-03-12,UA,pow\n"
            + "Ж-2,,Петро,1990-02-30,UA,pow\n";
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "list.csv" },
            { new StringContent("RU"), "party" },
            { new StringContent("список від 2026-11-20"), "source" },
            { new StringContent(HtmlPage.AntiforgeryToken(page)), "__RequestVerificationToken" },
        };

        var response = await client.PostAsync(new Uri(url, UriKind.Relative), upload);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = HtmlPage.VisibleText(html);
        Assert.Contains("«1990-02-30» — неправильна дата: Такого дня в цьому місяці немає.", report, StringComparison.Ordinal);
        Assert.DoesNotContain("is not a valid date", report, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", report, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_api_client_asking_for_ukrainian_gets_the_problem_in_ukrainian_with_the_field_names_unchanged(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await WebTestData.SeedAsync(app);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/persons")
        {
            Content = JsonContent.Create(new { category = "pow", surname = "", givenName = "Олександр", sex = "M", dateOfBirth = "1994-13-40", dependsOn = "UA" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("uk");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("У запиті є неправильні поля.", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal("Укажіть прізвище.", errors.GetProperty("surname")[0].GetString());
        Assert.Equal("«1994-13-40» — неправильна дата: Місяць має бути від 1 до 12.", errors.GetProperty("dateOfBirth")[0].GetString());

        // Without a language the API answers in English, as before.
        var english = await client.PostAsJsonAsync("/api/persons", new { category = "pow", surname = "", givenName = "Олександр", sex = "M", dependsOn = "UA" });
        var englishProblem = await english.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("The surname is required.", englishProblem.GetProperty("errors").GetProperty("surname")[0].GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_record_that_does_not_exist_is_reported_in_the_api_clients_language(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await WebTestData.SeedAsync(app);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/places/NO-SUCH-PLACE");
        request.Headers.AcceptLanguage.ParseAdd("ru");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("Не найдено.", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("was not found", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The message shown beside a field (its "-error" element), without the visually hidden "Error:" prefix.</summary>
    private static string ErrorBeside(string html, string field, string culture)
    {
        var element = HtmlPage.ElementById(html, field + "-error");
        Assert.True(element is not null, $"No error beside {field}: {HtmlPage.VisibleText(html)}");
        var text = HtmlPage.Text(element).Trim();
        var prefix = UiResources.Text(culture, "Errors.Prefix");
        Assert.StartsWith(prefix, text, StringComparison.Ordinal);
        return text[prefix.Length..].Trim();
    }
}
