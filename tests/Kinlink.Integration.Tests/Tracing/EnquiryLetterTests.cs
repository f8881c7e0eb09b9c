using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Tracing;

public class EnquiryLetterTests
{
    private static readonly string[] Templates = ["acknowledgement", "search-ongoing", "news-available", "person-alive", "search-closed"];

    /// <summary>Words only each language's letters use, so a letter shows which language it was written in.</summary>
    private static readonly Dictionary<string, string> Greeting = new() { ["en"] = "Dear ", ["uk"] = "Шановні ", ["ru"] = "Уважаемые " };

    private static async Task<(AppFixture App, Person Held)> StartAsync(DatabaseKind kind)
    {
        var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
        // The registry spells him in Russian and holds him at a named camp: none of it may reach a letter.
        var held = await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = "Коваленко", GivenName = "Александр", Patronymic = "Николаевич", DependsOn = "UA" }, Actor.System);
        await persons.RecordEventAsync(held.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2026-10-01", Place = TestRegistry.CampRu }, null, Actor.System);
        return (app, held);
    }

    /// <summary>The case states a letter can meet, with the one letter besides the acknowledgement that fits each.</summary>
    private static async Task<List<(string Reference, string State, string Fits)>> CasesAsync(AppFixture app, HttpClient client, Person held)
    {
        var open = await EnquiryCaseTestKit.CreateAsync(app, "Шевченко");
        var closed = await EnquiryCaseTestKit.CreateAsync(app, "Мельник");
        (await EnquiryCaseTestKit.PostStatusAsync(client, closed, "searching", "пошук", 0)).EnsureSuccessStatusCode();
        (await EnquiryCaseTestKit.PostStatusAsync(client, closed, "closed-without-result", "нічого не знайдено", 1)).EnsureSuccessStatusCode();
        return
        [
            (open, "open", "search-ongoing"),
            (await EnquiryCaseTestKit.LocatedEnquiryAsync(app, held.Id, "Коваленко"), "located, not asked", "search-ongoing"),
            (await EnquiryCaseTestKit.LocatedEnquiryAsync(app, held.Id, "Коваленко", "refused", "nothing"), "located, refused all", "search-ongoing"),
            (await EnquiryCaseTestKit.LocatedEnquiryAsync(app, held.Id, "Коваленко", "refused", "that-alive"), "located, alive only", "person-alive"),
            (await EnquiryCaseTestKit.LocatedEnquiryAsync(app, held.Id, "Коваленко", "given"), "located, consent given", "news-available"),
            (closed, "closed", "search-closed"),
        ];
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Every_letter_in_every_language_is_given_only_when_it_says_no_more_than_the_family_may_be_told(DatabaseKind kind)
    {
        var (app, held) = await StartAsync(kind);
        await using var _ = app;
        using var client = app.CreateClient("caseworker");
        var cases = await CasesAsync(app, client, held);
        var registryOnly = new[] { TestRegistry.CampRu, "Лагерь", "Lager", "Таганрог", "Ростов", held.Reference.Value, "Александр", "Николаевич", "located", "знайдено", "найден" };
        var problems = new List<string>();

        foreach (var (reference, state, fits) in cases)
        {
            foreach (var template in Templates)
            {
                foreach (var lang in Greeting.Keys)
                {
                    var response = await client.GetAsync($"/api/enquiries/{reference}/letters/{template}?lang={lang}");
                    var text = await response.Content.ReadAsStringAsync();
                    var allowed = template == "acknowledgement" || template == fits;
                    if (!allowed)
                    {
                        if (response.StatusCode != HttpStatusCode.UnprocessableEntity || !text.Contains("\"field\":\"template\"", StringComparison.Ordinal))
                        {
                            problems.Add($"{state}: {template} ({lang}) was answered {(int)response.StatusCode}, expected 422 naming the template");
                        }

                        continue;
                    }

                    if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/plain")
                    {
                        problems.Add($"{state}: {template} ({lang}) was answered {(int)response.StatusCode} {response.Content.Headers.ContentType}");
                        continue;
                    }

                    if (!text.Contains(Greeting[lang], StringComparison.Ordinal) || !response.Content.Headers.ContentLanguage.Contains(lang))
                    {
                        problems.Add($"{state}: {template} ({lang}) is not in {lang}");
                    }

                    if (!text.Contains(reference, StringComparison.Ordinal) || !text.Contains("Коваленко Галина Іванівна", StringComparison.Ordinal))
                    {
                        problems.Add($"{state}: {template} ({lang}) does not name the case or the enquirer");
                    }

                    problems.AddRange(registryOnly.Where(word => text.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(word => $"{state}: {template} ({lang}) says \"{word}\""));
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_letter_comes_in_the_enquirers_language_unless_another_is_chosen_and_a_bad_choice_is_named(DatabaseKind kind)
    {
        var (app, _) = await StartAsync(kind);
        await using var __ = app;
        using var client = app.CreateClient("caseworker");
        var reference = await EnquiryCaseTestKit.CreateAsync(app);

        var byDefault = await client.GetStringAsync($"/api/enquiries/{reference}/letters/acknowledgement");
        Assert.StartsWith("Коваленко Галина Іванівна\n", byDefault, StringComparison.Ordinal);
        Assert.Contains("Ми отримали ваш запит про розшук: Коваленко Олександр Миколайович", byDefault, StringComparison.Ordinal);

        var russian = await client.GetStringAsync($"/api/enquiries/{reference}/letters/acknowledgement?lang=ru");
        Assert.Contains("Мы получили ваш запрос о розыске", russian, StringComparison.Ordinal);

        var bad = await client.GetAsync($"/api/enquiries/{reference}/letters/thank-you?lang=de");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("template", out _));
        Assert.True(errors.TryGetProperty("lang", out _));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Printing_a_letter_from_the_enquiry_page_records_it_as_a_contact_and_in_the_audit_trail(DatabaseKind kind)
    {
        var (app, held) = await StartAsync(kind);
        await using var _ = app;
        var reference = await EnquiryCaseTestKit.LocatedEnquiryAsync(app, held.Id, "Коваленко", "given");
        using var browser = app.Browser("caseworker");
        var (_, page) = await browser.GetPageAsync($"/Tracing/Enquiries/{reference}");
        var before = await AuditTestKit.LastSequenceAsync(app);

        var (printed, _) = await browser.PostFormAsync($"/Tracing/Enquiries/{reference}?handler=Letter", page, [new("template", "news-available"), new("lang", "en")]);

        Assert.Equal(HttpStatusCode.Redirect, printed.StatusCode);
        Assert.Equal($"/Tracing/Enquiries/{reference}/Letter?template=news-available&lang=en", printed.Headers.Location?.OriginalString);
        var (_, letterPage) = await browser.GetPageAsync(printed.Headers.Location!.OriginalString);
        Assert.Contains("Your enquiry about Коваленко Олександр Миколайович: please contact us", HtmlPage.H1(letterPage), StringComparison.Ordinal);
        Assert.Contains("we do not put this information in writing", letterPage, StringComparison.Ordinal);
        using var api = app.CreateClient("caseworker");
        var contacts = await api.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}/contacts", EnquiryCaseTestKit.Json);
        var letter = contacts.EnumerateArray().Single(c => c.GetProperty("letter").ValueKind != JsonValueKind.Null);
        Assert.Equal(("letter", "outgoing", "news-available", "en"),
            (letter.GetProperty("channel").GetString(), letter.GetProperty("direction").GetString(), letter.GetProperty("letter").GetString(), letter.GetProperty("letterLanguage").GetString()));
        var entries = await AuditTestKit.EntriesAfterAsync(app, before);
        Assert.Contains(entries, e => e.Entry.Action == AuditActions.EnquiryLetter && e.Entry.Summary.Contains($"enquiry {reference} letter news-available (en) printed", StringComparison.Ordinal));

        // A letter that would say more than the family may be told is refused on the page too, and nothing is recorded.
        var (refused, refusedPage) = await browser.PostFormAsync($"/Tracing/Enquiries/{reference}?handler=Letter", page, [new("template", "search-closed"), new("lang", "uk")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("cannot go to this family now", HtmlPage.ElementById(refusedPage, "template-error") ?? "", StringComparison.Ordinal);
        Assert.Equal(2, (await api.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}/contacts", EnquiryCaseTestKit.Json)).GetArrayLength());
    }
}
