using System.Net;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using static Kinlink.Integration.Tests.Matching.PersonMatchTestKit;

namespace Kinlink.Integration.Tests.Matching;

public class PersonMatchPageTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_persons_page_ranks_the_names_matches_with_a_bucket_and_the_reasons_and_keeps_its_filters(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var client = app.CreateClient();
        var (_, reference) = await RegisterIssueExampleAsync(client);

        var html = await client.GetStringAsync("/Registry/Persons?name=" + Uri.EscapeDataString("Олександр Миколайович Коваленко") + "&dob=1994");

        var matches = HtmlPage.Text(HtmlPage.ElementContent(html[html.IndexOf("id=\"matches\"", StringComparison.Ordinal)..], "tbody") ?? "");
        Assert.StartsWith(reference, matches, StringComparison.Ordinal);
        Assert.Contains("<details class=\"match-explanation\">", html, StringComparison.Ordinal);
        Assert.Contains("Patronymic: both name the same father (+", matches, StringComparison.Ordinal);
        Assert.Contains("Date of birth: agree on the year, the only part both give (+", matches, StringComparison.Ordinal);
        Assert.Matches("likely|possible", matches);

        // A filter that leaves the person out leaves them out of the matches too.
        var filtered = await client.GetStringAsync("/Registry/Persons?name=" + Uri.EscapeDataString("Олександр Миколайович Коваленко") + "&dob=1994&party=RU");
        Assert.DoesNotContain(reference, HtmlPage.VisibleText(filtered), StringComparison.Ordinal);

        var badDate = await client.GetAsync("/Registry/Persons?name=" + Uri.EscapeDataString("Коваленко") + "&dob=12.03.1994");
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        Assert.NotNull(HtmlPage.ElementById(await badDate.Content.ReadAsStringAsync(), "dob-error"));
    }
}
