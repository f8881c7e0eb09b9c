using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Exchanges;

/// <summary>
/// The pages only a party officer or a reader of medical confidences sees, in each language; and the forms of deaths,
/// packets and medical cases posted as a browser posts them, without script.
/// </summary>
public class DeathPageTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ru")]
    public async Task The_party_of_origin_and_the_caseworker_read_their_pages_in_their_language(string culture)
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var data = await WebTestData.SeedAsync(app);
        var seeded = await DeathPageKit.SeedAsync(app, WebTestData.Colony);
        using var ua = app.Browser("liaison-officer", "UA");
        using var ru = app.Browser("bureau-officer", "RU");
        using var caseworker = app.Browser("caseworker");
        var problems = new List<string>();
        var pages = new (HttpClient Client, string Url, string Heading)[]
        {
            (ua, "/Deaths/Received", UiResources.Text(culture, "Deaths.ReceivedTitle")),
            (ua, $"/Deaths/Received/{seeded.Death}", string.Format(CultureInfo.InvariantCulture, UiResources.Text(culture, "Deaths.Notification"), seeded.Death)),
            (ru, "/Deaths/Received", UiResources.Text(culture, "Deaths.ReceivedTitle")),
            (caseworker, $"/Exchanges/Medical/{seeded.MedicalCase}?diagnosis=true", string.Format(CultureInfo.InvariantCulture, UiResources.Text(culture, "Medical.Case"), seeded.MedicalCase)),
            (caseworker, $"/Exchanges/Medical/{seeded.MedicalCase}/Certificate", string.Format(CultureInfo.InvariantCulture, UiResources.Text(culture, "Medical.CertificateTitle"), seeded.MedicalCase)),
        };
        foreach (var (client, url, heading) in pages)
        {
            var (response, html) = await client.GetPageAsync(url.WithCulture(culture));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{url}: status {(int)response.StatusCode}");
                continue;
            }

            if (!HtmlPage.H1(html).StartsWith(heading, StringComparison.Ordinal))
            {
                problems.Add($"{url}: heading \"{HtmlPage.H1(html)}\", expected \"{heading}\"");
            }

            var text = HtmlPage.VisibleText(html);
            problems.AddRange(PageRenderingTests.RawKeys(text).Select(key => $"{url}: shows the resource key {key}"));
            if (culture != "en")
            {
                problems.AddRange(PageRenderingTests.EnglishLeftIn(text, culture).Select(english => $"{url}: English text \"{english}\" on the {culture} page"));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var (_, received) = await ua.GetPageAsync($"/Deaths/Received/{seeded.Death}");
        Assert.Contains("Ділянка 4, ряд 2, могила 17", HtmlPage.VisibleText(received), StringComparison.Ordinal);
        var (_, ruList) = await ru.GetPageAsync("/Deaths/Received");
        Assert.DoesNotContain(seeded.Death, ruList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ru.GetPageAsync($"/Deaths/Received/{seeded.Death}")).Response.StatusCode);
        var (_, medical) = await caseworker.GetPageAsync($"/Exchanges/Medical/{seeded.MedicalCase}?diagnosis=true");
        Assert.Contains("Ампутація правої ноги", HtmlPage.VisibleText(medical), StringComparison.Ordinal);
        Assert.Contains(UiResources.Text("en", "Medical.Overdue"), HtmlPage.VisibleText(medical), StringComparison.Ordinal);
        using var admin = app.Browser("admin");
        var (_, adminMedical) = await admin.GetPageAsync($"/Exchanges/Medical/{seeded.MedicalCase}?diagnosis=true");
        Assert.DoesNotContain("Ампутація", adminMedical, StringComparison.Ordinal);
        Assert.NotNull(data);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_forms_record_a_death_a_packet_with_blank_rows_and_a_medical_case_without_script(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        using var browser = app.Browser("caseworker");
        var (_, newPage) = await browser.GetPageAsync($"/Deaths/New?person={persons[0]}");
        Assert.Contains("Коваленко", newPage, StringComparison.Ordinal);

        var refused = await PostAsync(browser, "/Deaths/New", [new("person", persons[0]), new("dateOfDeath", "2026-11-20"), new("placeOfDeath", "Лагерь"), new("causeOfDeath", "Тиф"), new("cremated", "true")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("href=\"#cremationReason\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var recorded = await PostAsync(browser, "/Deaths/New", [new("person", persons[0]), new("dateOfDeath", "2026-11-20"), new("placeOfDeath", "Лагерь"), new("causeOfDeath", "Тиф"),
            new("graveMarked", "true"), new("placeOfBurial", "Кладбище"), new("dateOfBurial", "2026-11-22")]);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var deathPage = recorded.Headers.Location!.OriginalString;
        var death = deathPage[(deathPage.LastIndexOf('/') + 1)..];
        Assert.StartsWith("DTH-", death, StringComparison.Ordinal);
        var client = app.CreateClient("caseworker");
        var notification = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/deaths/{death}"), HttpStatusCode.OK);
        Assert.True(notification.GetProperty("graveMarked").GetBoolean());
        Assert.False(notification.GetProperty("cremated").GetBoolean());

        // The correction form shows what is recorded; a refused correction changes nothing; an accepted one is stored.
        var (_, correctPage) = await browser.GetPageAsync($"/Deaths/{death}/Correct");
        Assert.Contains("value=\"Кладбище\"", correctPage, StringComparison.Ordinal);
        var version = notification.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        IEnumerable<KeyValuePair<string, string>> Corrected(params KeyValuePair<string, string>[] extra) =>
            new KeyValuePair<string, string>[] { new("version", version), new("dateOfDeath", "2026-11-20"), new("placeOfDeath", "Лагерь"), new("causeOfDeath", "Тиф"),
                new("graveMarked", "true"), new("placeOfBurial", "Кладбище"), new("dateOfBurial", "2026-11-22") }.Concat(extra);
        var noReason = await PostAsync(browser, $"/Deaths/{death}/Correct", Corrected(KeyValuePair.Create("cremated", "true")));
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("href=\"#cremationReason\"", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False((await VisitTestKit.ReadAsync(await client.GetAsync($"/api/deaths/{death}"), HttpStatusCode.OK)).GetProperty("cremated").GetBoolean());
        var correction = await PostAsync(browser, $"/Deaths/{death}/Correct", Corrected(KeyValuePair.Create("graveIdentification", "ряд 4, могила 17")));
        Assert.Equal(HttpStatusCode.Redirect, correction.StatusCode);
        Assert.Equal("ряд 4, могила 17", (await VisitTestKit.ReadAsync(await client.GetAsync($"/api/deaths/{death}"), HttpStatusCode.OK)).GetProperty("graveIdentification").GetString());
        var staleCorrection = await PostAsync(browser, $"/Deaths/{death}/Correct", Corrected());
        Assert.Contains("href=\"#version\"", await staleCorrection.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var packet = await PostAsync(browser, "/Deaths/Packets/New", [new("person", persons[0]), new("death", death), new("reason", "died"), new("sealNumber", "S-9"), new("receivedOn", "2026-11-25"),
            new("Items[0].Description", "Часы"), new("Items[0].Quantity", "1"), new("Items[1].Description", ""), new("Items[2].Description", "Деньги"), new("Items[2].Quantity", "1"),
            new("Items[2].Amount", "250.5"), new("Items[2].Currency", "uah")]);
        Assert.Equal(HttpStatusCode.Redirect, packet.StatusCode);
        var listed = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/deaths/{death}"), HttpStatusCode.OK);
        var summary = Assert.Single(listed.GetProperty("packets").EnumerateArray());
        Assert.Equal(2, summary.GetProperty("items").GetInt32());
        var (_, deathHtml) = await browser.GetPageAsync(deathPage);
        Assert.Contains(summary.GetProperty("reference").GetString()!, deathHtml, StringComparison.Ordinal);

        var badRow = await PostAsync(browser, "/Deaths/Packets/New", [new("person", persons[0]), new("reason", "died"), new("sealNumber", "S-10"), new("receivedOn", "2026-11-25"),
            new("Items[0].Description", ""), new("Items[1].Description", "Кольцо"), new("Items[1].Quantity", "0")]);
        Assert.Equal(HttpStatusCode.OK, badRow.StatusCode);
        Assert.Contains("href=\"#items-0-quantity\"", await badRow.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var medical = await PostAsync(browser, "/Exchanges/Medical/New", [new("person", persons[1]), new("grounds", "incurable"), new("diagnosis", "Слепота"), new("proposedOn", "2026-11-01")]);
        Assert.Equal(HttpStatusCode.Redirect, medical.StatusCode);
        var casePage = medical.Headers.Location!.OriginalString;
        var wish = await PostAsync(browser, casePage + "?handler=Wish", [new("wish", "yes"), new("heldInPrivate", "true"), new("version", "0")]);
        Assert.Equal(HttpStatusCode.Redirect, wish.StatusCode);
        var stale = await PostAsync(browser, casePage + "?handler=Close", [new("note", "withdrawn"), new("version", "0")]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("href=\"#version\"", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var (_, page) = await browser.GetPageAsync("/Account/SignIn");
        var token = new KeyValuePair<string, string>("__RequestVerificationToken", HtmlPage.AntiforgeryToken(page));
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields.Append(token)));
    }
}
