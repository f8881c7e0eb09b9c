using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Reports;

/// <summary>The dashboard's figures on a world built by hand (DashboardWorld): the API and the page's tables say the same exact numbers, within each viewer's scope.</summary>
public sealed partial class DashboardTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_caseworker_sees_every_section_with_exact_figures_in_the_api_and_the_page_tables(DatabaseKind kind)
    {
        await using var world = await DashboardWorld.StartAsync(kind);
        using var caseworker = world.App.CreateClient("caseworker");
        var d = await DashboardWorld.DashboardAsync(caseworker);

        Assert.Equal("2026-12-11", d.GetProperty("today").GetString());
        var persons = d.GetProperty("persons");
        Assert.Equal(5, persons.GetProperty("total").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["RU"] = 2, ["UA"] = 2, ["-"] = 1 }, Parties(persons.GetProperty("byDependsOn")));
        Assert.Equal(new Dictionary<string, int> { ["RU"] = 2, ["UA"] = 2, ["-"] = 1 }, Parties(persons.GetProperty("byHolder")));
        var statuses = Codes(persons.GetProperty("byStatus"));
        Assert.Equal(4, statuses["held"]);
        Assert.Equal(1, statuses["unknown"]);
        Assert.Equal(5, statuses.Values.Sum());

        var enquiries = d.GetProperty("enquiries");
        var enquiryStatuses = Codes(enquiries.GetProperty("byStatus"));
        Assert.Equal(1, enquiryStatuses["open"]);
        Assert.Equal(1, enquiryStatuses["located"]);
        Assert.Equal(1, enquiryStatuses["closed-without-result"]);
        Assert.Equal(3, enquiryStatuses.Values.Sum());
        var months = enquiries.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal("2026-01", months[0].GetProperty("month").GetString());
        Assert.Equal((2, 0, 0), Month(months, "2026-11"));
        Assert.Equal((1, 1, 1), Month(months, "2026-12"));
        Assert.Equal(3, months.Sum(m => m.GetProperty("opened").GetInt32()));
        Assert.Equal(2, enquiries.GetProperty("answered").GetInt32());
        Assert.Equal(9.0, enquiries.GetProperty("medianDaysToFirstAnswer").GetDouble());
        Assert.Equal(13.0, enquiries.GetProperty("percentile90DaysToFirstAnswer").GetDouble());
        Assert.Equal(1, enquiries.GetProperty("awaitingFirstAnswer").GetInt32());

        var visits = d.GetProperty("visits");
        var camp = visits.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("place").GetString() == TestRegistry.CampRu);
        Assert.Equal(2, camp.GetProperty("held").GetInt32());
        Assert.Equal(2, camp.GetProperty("overdue").GetInt32());
        Assert.Equal("2026-11-21", camp.GetProperty("lastVisitOn").GetString());
        var uaCoverage = visits.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("party").GetString() == "UA");
        Assert.Equal(2, uaCoverage.GetProperty("held").GetInt32());

        var mail = d.GetProperty("mail");
        Assert.Equal((1, 1, 0, 0), States(mail.GetProperty("messages")));
        Assert.Equal((0, 0, 1, 0), States(mail.GetProperty("parcels")));
        var ruDelivery = mail.GetProperty("deliveryTimes").EnumerateArray().Single(p => p.GetProperty("party").GetString() == "RU");
        Assert.Equal(1, ruDelivery.GetProperty("delivered").GetInt32());
        Assert.Equal(2.0, ruDelivery.GetProperty("medianDays").GetDouble());

        var exchanges = d.GetProperty("exchanges");
        Assert.Equal(new Dictionary<string, int> { ["preparing"] = 1, ["executed"] = 0, ["cancelled"] = 0 }, Codes(exchanges.GetProperty("byStatus")));
        Assert.All(exchanges.GetProperty("handedOver").EnumerateArray(), p => Assert.Equal(0, p.GetProperty("count").GetInt32()));

        // The page's tables carry the same numbers, and each chart draws one bar per table row with the same labels.
        var (response, html) = await world.App.Browser("caseworker").GetPageAsync("/?culture=en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([("RU – Russian Federation", ["2"]), ("UA – Ukraine", ["2"]), ("Party not recorded", ["1"])], Table(html, "persons-by-party"), RowComparer);
        Assert.Equal(["2", "2", "1"], Table(html, "persons-by-holder").Select(r => r.Values[0]));
        Assert.Contains(("Held", ["4"]), Table(html, "persons-by-status"), RowComparer);
        Assert.Contains(("Located", ["1"]), Table(html, "enquiries-by-status"), RowComparer);
        Assert.Contains(("Nov 26", ["2", "0", "0"]), Table(html, "enquiries-flow"), RowComparer);
        Assert.Contains(("Dec 26", ["1", "1", "1"]), Table(html, "enquiries-flow"), RowComparer);
        Assert.Equal("9", HtmlPage.Text(HtmlPage.ElementById(html, "first-answer-median") ?? ""));
        Assert.Equal("13", HtmlPage.Text(HtmlPage.ElementById(html, "first-answer-p90") ?? ""));
        Assert.Contains(($"{TestRegistry.CampRu} (RU)", ["0", "2", "2"]), Table(html, "visits-by-place"), RowComparer);
        Assert.Contains(("Messages", ["1", "1", "0", "0", "2"]), Table(html, "mail-by-state"), RowComparer);
        Assert.Contains(("Parcels", ["0", "0", "1", "0", "1"]), Table(html, "mail-by-state"), RowComparer);
        Assert.Contains(("Preparing", ["1"]), Table(html, "exchanges-by-status"), RowComparer);
        foreach (var id in new[] { "persons-by-party", "persons-by-holder", "persons-by-status", "enquiries-by-status", "enquiries-flow", "visits-by-party", "visits-by-place", "mail-by-state", "exchanges-by-status", "exchanges-handed-over" })
        {
            AssertChartMatchesTable(html, id);
        }

        // Each label links to the list it counts.
        Assert.Contains("href=\"/Registry/Persons?party=UA\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Tracing/Enquiries?status=located\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Visits/Coverage/Overdue?place={TestRegistry.CampRu}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Exchanges?status=preparing\"", html, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_partys_officer_sees_only_its_persons_and_an_analyst_counts_without_names(DatabaseKind kind)
    {
        await using var world = await DashboardWorld.StartAsync(kind);
        foreach (var role in new[] { "liaison-officer", "bureau-officer" })
        {
            using var officer = world.Party("RU", role);
            var d = await DashboardWorld.DashboardAsync(officer);
            var persons = d.GetProperty("persons");
            // Smith, held by UA and no national of RU, is not RU's to see.
            Assert.Equal(4, persons.GetProperty("total").GetInt32());
            Assert.Equal(new Dictionary<string, int> { ["RU"] = 2, ["UA"] = 2 }, Parties(persons.GetProperty("byDependsOn")));
            Assert.Equal(new Dictionary<string, int> { ["RU"] = 2, ["UA"] = 1, ["-"] = 1 }, Parties(persons.GetProperty("byHolder")));
            Assert.Equal(3, Codes(persons.GetProperty("byStatus"))["held"]);
            foreach (var section in new[] { "enquiries", "visits", "mail", "exchanges" })
            {
                Assert.Equal(JsonValueKind.Null, d.GetProperty(section).ValueKind);
            }

            var (_, html) = await world.App.Browser(role, "RU").GetPageAsync("/?culture=en");
            Assert.Equal([("RU – Russian Federation", ["2"]), ("UA – Ukraine", ["2"])], Table(html, "persons-by-party"), RowComparer);
            foreach (var id in new[] { "enquiries-heading", "visits-heading", "mail-heading", "exchanges-heading" })
            {
                Assert.Null(HtmlPage.ElementById(html, id));
            }
        }

        using var analyst = world.App.CreateClient("analyst");
        var figures = await DashboardWorld.DashboardAsync(analyst);
        Assert.Equal(5, figures.GetProperty("persons").GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, figures.GetProperty("enquiries").ValueKind);
        Assert.Equal(JsonValueKind.Null, figures.GetProperty("exchanges").ValueKind);
        Assert.Equal(2, figures.GetProperty("visits").GetProperty("places").EnumerateArray().Single(p => p.GetProperty("place").GetString() == TestRegistry.CampUa).GetProperty("held").GetInt32());
        Assert.Equal(1, figures.GetProperty("mail").GetProperty("parcels").GetProperty("undeliverable").GetInt32());
        var (_, page) = await world.App.Browser("analyst").GetPageAsync("/?culture=en");
        Assert.NotNull(HtmlPage.ElementById(page, "visits-heading"));
        Assert.NotNull(HtmlPage.ElementById(page, "mail-heading"));
        Assert.Null(HtmlPage.ElementById(page, "enquiries-heading"));
        foreach (var name in new[] { "Коваленко", "Шевченко", "Иванов", "Орлов", "Smith", "Kovalenko", world.Kovalenko.Reference.Value })
        {
            Assert.DoesNotContain(name, page, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static readonly RowEquality RowComparer = new();

    private static Dictionary<string, int> Parties(JsonElement rows) =>
        rows.EnumerateArray().ToDictionary(r => r.GetProperty("party").GetString() ?? "-", r => r.GetProperty("count").GetInt32());

    private static Dictionary<string, int> Codes(JsonElement rows) =>
        rows.EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("count").GetInt32());

    private static (int, int, int) Month(List<JsonElement> months, string month)
    {
        var m = months.Single(x => x.GetProperty("month").GetString() == month);
        return (m.GetProperty("opened").GetInt32(), m.GetProperty("located").GetInt32(), m.GetProperty("closed").GetInt32());
    }

    private static (int, int, int, int) States(JsonElement s) =>
        (s.GetProperty("onTheWay").GetInt32(), s.GetProperty("delivered").GetInt32(), s.GetProperty("undeliverable").GetInt32(), s.GetProperty("stopped").GetInt32());

    /// <summary>The body rows of a figure's table: the row header's text and each cell's text.</summary>
    internal static List<(string Label, string[] Values)> Table(string html, string id)
    {
        var table = TableOf(id).Match(html);
        Assert.True(table.Success, $"no table {id}-table");
        var body = TableBody().Match(table.Value).Groups["body"].Value;
        return TableRow().Matches(body).Select(r => (
            HtmlPage.Text(RowHeader().Match(r.Value).Groups["th"].Value),
            Cell().Matches(r.Value).Select(c => HtmlPage.Text(c.Groups["td"].Value)).ToArray())).ToList();
    }

    /// <summary>The chart is an image with a title, drawing one bar (or period) per table row, labelled as the row.</summary>
    internal static void AssertChartMatchesTable(string html, string id)
    {
        var figure = FigureOf(id).Match(html);
        Assert.True(figure.Success, $"no figure {id}");
        var svg = Svg().Match(figure.Value).Value;
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains($"aria-labelledby=\"{id}-title\"", svg, StringComparison.Ordinal);
        var title = HtmlPage.Text(SvgTitle(id).Match(svg).Groups["title"].Value);
        Assert.Equal(HtmlPage.Text(CaptionOf().Match(figure.Value).Groups["caption"].Value), title);
        var labels = ChartLabel().Matches(svg).Select(m => WebUtility.HtmlDecode(m.Groups["label"].Value)).ToList();
        Assert.Equal(Table(html, id).Select(r => r.Label), labels);
    }

    private sealed class RowEquality : IEqualityComparer<(string Label, string[] Values)>
    {
        public bool Equals((string Label, string[] Values) x, (string Label, string[] Values) y) => x.Label == y.Label && x.Values.SequenceEqual(y.Values);

        public int GetHashCode((string Label, string[] Values) obj) => obj.Label.GetHashCode(StringComparison.Ordinal);
    }

    private static Regex TableOf(string id) => new($"<table class=\"table\" id=\"{Regex.Escape(id)}-table\">.*?</table>", RegexOptions.Singleline);

    private static Regex FigureOf(string id) => new($"<figure class=\"chart-figure\" id=\"{Regex.Escape(id)}-figure\">.*?</figure>", RegexOptions.Singleline);

    private static Regex SvgTitle(string id) => new($"<title id=\"{Regex.Escape(id)}-title\">(?<title>.*?)</title>", RegexOptions.Singleline);

    [GeneratedRegex("<tbody>(?<body>.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex TableBody();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex("<th scope=\"row\">(?<th>.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex RowHeader();

    [GeneratedRegex("<td class=\"numeric\">(?<td>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();

    [GeneratedRegex("<caption>(?<caption>.*?)</caption>", RegexOptions.Singleline)]
    private static partial Regex CaptionOf();

    [GeneratedRegex("<g class=\"chart-(?:row|period)\" data-label=\"(?<label>[^\"]*)\">")]
    private static partial Regex ChartLabel();
}
