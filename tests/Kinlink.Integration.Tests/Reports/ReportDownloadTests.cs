using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Kinlink.Data.Registry.ListFiles;
using Kinlink.Data.Reports;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Reports;

/// <summary>
/// Each list page's download holds the rows the page shows for the same filters, in CSV and in XLSX, within the
/// viewer's party scope; a bad filter is refused by field before any file; each download is audited.
/// </summary>
public sealed partial class ReportDownloadTests(ReportWorldFixture world) : IClassFixture<ReportWorldFixture>
{
    /// <summary>Each list with filters that narrow it on the demo world, and the principal who reads it.</summary>
    public static TheoryData<DatabaseKind, string, string, string?> Lists()
    {
        var lists = new (string Url, string Role, string? Party)[]
        {
            ("/Registry/Persons?heldBy=RU&status=held", "caseworker", null),
            ("/Registry/Persons?status=held", "bureau-officer", "UA"),
            ("/Tracing/Enquiries?minAge=2", "caseworker", null),
            ("/Visits/Visits?party=RU", "delegate", null),
            ("/Mail/Index?direction=to-detainee", "caseworker", null),
            ("/Mail/Parcels", "caseworker", null),
            ("/Exchanges?party=RU", "admin", null),
        };
        var data = new TheoryData<DatabaseKind, string, string, string?>();
        foreach (var kind in new[] { DatabaseKind.Sqlite, DatabaseKind.Postgres })
        {
            foreach (var (url, role, party) in lists)
            {
                data.Add(kind, url, role, party);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Lists))]
    public async Task The_CSV_and_the_XLSX_hold_the_rows_the_page_shows_for_the_same_filters(DatabaseKind kind, string url, string role, string? party)
    {
        var app = world.App(kind);
        var client = app.Browser(role, party);
        var (response, html) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var total = TotalFound(html);
        var shown = ReferencesShown(html);
        Assert.True(total > 0, $"{url} shows no rows on the demo world, so it proves nothing");
        Assert.Equal(Math.Min(total, 25), shown.Count);
        // The page's own download links carry its filters.
        Assert.Contains(Links(html), l => l.Contains("handler=Download", StringComparison.Ordinal) && l.Contains("format=csv", StringComparison.Ordinal));

        foreach (var format in new[] { "csv", "xlsx" })
        {
            var rows = await DownloadAsync(client, url, format);
            Assert.Equal(total, rows.Count - 1);
            Assert.Equal(shown, rows.Skip(1).Take(shown.Count).Select(r => r[0]).ToList());
            Assert.Equal(rows.Count - 1, rows.Skip(1).Select(r => r[0]).Distinct().Count());
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_officers_persons_report_holds_only_the_persons_their_party_sees(DatabaseKind kind)
    {
        var app = world.App(kind);
        // A stateless internee held by Russia: neither Ukraine's national nor known to it, so Ukraine's bureau must not see him.
        string stateless;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
            var person = await persons.RegisterAsync(new PersonInput { Category = "internee", Surname = "Zaslavsky", GivenName = "Report", Sex = "M" }, Actor.System);
            await persons.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2026-10-01", Place = "RU-IK-10" }, null, Actor.System);
            stateless = person.Reference.Value;
        }

        const string Url = "/Registry/Persons?name=Zaslavsky";
        var everyone = (await DownloadAsync(app.Browser("caseworker"), Url, "csv")).Skip(1).Select(r => r[0]).ToList();
        var ru = (await DownloadAsync(app.Browser("bureau-officer", "RU"), Url, "xlsx")).Skip(1).Select(r => r[0]).ToList();
        var ua = (await DownloadAsync(app.Browser("bureau-officer", "UA"), Url, "csv")).Skip(1).Select(r => r[0]).ToList();

        Assert.Contains(stateless, everyone);
        Assert.Contains(stateless, ru);
        Assert.DoesNotContain(stateless, ua);
        var (_, uaPage) = await app.Browser("bureau-officer", "UA").GetPageAsync(Url);
        Assert.Equal(TotalFound(uaPage), ua.Count);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_coverage_report_holds_the_pages_places_with_their_figures(DatabaseKind kind)
    {
        var app = world.App(kind);
        var client = app.Browser("analyst");
        var (_, html) = await client.GetPageAsync("/Visits/Coverage");
        var places = ElementAfter(html, "places-heading");
        foreach (var format in new[] { "csv", "xlsx" })
        {
            var rows = await DownloadAsync(client, "/Visits/Coverage", format);
            Assert.True(rows.Count > 2);
            Assert.All(rows.Skip(1), r => Assert.Contains(r[0], places, StringComparison.Ordinal));
            // held, seen, overdue: numbers, and seen never above held
            Assert.All(rows.Skip(1), r => Assert.True(int.Parse(r[5], CultureInfo.InvariantCulture) <= int.Parse(r[4], CultureInfo.InvariantCulture)));
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite, "/Registry/Persons?status=sleeping", "status")]
    [InlineData(DatabaseKind.Sqlite, "/Tracing/Enquiries?minAge=ten", "minAge")]
    [InlineData(DatabaseKind.Sqlite, "/Tracing/Enquiries?minAge=-3", "minAge")]
    [InlineData(DatabaseKind.Sqlite, "/Visits/Visits?from=2026-13-40", "from")]
    [InlineData(DatabaseKind.Sqlite, "/Mail/Index?place=NOWHERE", "place")]
    [InlineData(DatabaseKind.Sqlite, "/Mail/Parcels?status=lost-in-space", "status")]
    [InlineData(DatabaseKind.Sqlite, "/Exchanges?party=XX", "party")]
    [InlineData(DatabaseKind.Postgres, "/Registry/Persons?place=NOWHERE", "place")]
    [InlineData(DatabaseKind.Postgres, "/Tracing/Enquiries?minAge=ten", "minAge")]
    public async Task A_bad_filter_is_refused_with_400_naming_the_field(DatabaseKind kind, string url, string field)
    {
        var app = world.App(kind);
        var response = await app.Browser("admin").GetAsync(DownloadUrl(url, "csv"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"the 400 names {field}");
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    public async Task An_unknown_format_is_refused_naming_the_format(DatabaseKind kind)
    {
        var app = world.App(kind);
        var response = await app.Browser("admin").GetAsync("/Exchanges?handler=Download&format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"format\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The refusal speaks the reader's language, as a form's errors do.
        var ukrainian = await app.Browser("admin").GetAsync("/Exchanges?handler=Download&format=pdf&culture=uk");
        Assert.Equal(HttpStatusCode.BadRequest, ukrainian.StatusCode);
        Assert.Contains("Формат — csv або xlsx.", System.Text.Json.JsonDocument.Parse(await ukrainian.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("format")[0].GetString(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_download_is_audited_with_the_report_its_filters_and_its_rows(DatabaseKind kind)
    {
        var app = world.App(kind);
        var client = app.Browser("caseworker");
        var before = await AuditTestKit.LastSequenceAsync(app);
        var rows = await DownloadAsync(client, "/Tracing/Enquiries?status=located", "xlsx");

        var entries = await AuditTestKit.EntriesAfterAsync(app, before);
        var entry = Assert.Single(entries, e => e.Entry.Action.Split(',').Contains(AuditActions.ReportDownload)).Entry;
        Assert.Equal("caseworker@test.example", entry.UserName);
        Assert.Contains("report enquiries status=located", entry.Summary, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{rows.Count - 1} rows"), entry.Summary, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    public async Task Headers_are_in_the_readers_language_and_the_enquiry_age_is_a_number(DatabaseKind kind)
    {
        var app = world.App(kind);
        var client = app.Browser("caseworker");
        var rows = await DownloadAsync(client, "/Tracing/Enquiries?minAge=2&culture=uk", "xlsx");
        Assert.Equal(UiResources.Text("uk", "Report.Column.AgeDays"), rows[0][10]);
        Assert.All(rows.Skip(1), r => Assert.True(int.Parse(r[10], CultureInfo.InvariantCulture) >= 2));
    }

    [Fact]
    public async Task Formula_text_is_neutralised_in_both_formats_and_reads_back_as_written()
    {
        ReportColumn[] columns = [new("a"), new("b", ReportColumnKind.Number), new("c", ReportColumnKind.Date)];
        IReadOnlyList<object?>[] data = [["=HYPERLINK(\"http://x\")", 3, new DateOnly(2026, 11, 27)], ["+1-2", null, null], ["@SUM(A1)", 0, null]];
        using var csv = new MemoryStream();
        await ReportFiles.WriteCsvAsync(["A", "B", "C"], data.ToAsyncEnumerable(), csv);
        var text = Encoding.UTF8.GetString(csv.ToArray());
        Assert.StartsWith("\uFEFFA,B,C\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\",3,2026-11-27\r\n", text, StringComparison.Ordinal);
        Assert.Contains("'+1-2,,\r\n", text, StringComparison.Ordinal);

        using var xlsx = new MemoryStream();
        await ReportFiles.WriteXlsxAsync("Report", columns, ["A", "B", "C"], data.ToAsyncEnumerable(), xlsx);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(xlsx.ToArray()), false))
        {
            var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
            Assert.DoesNotContain(cells, c => c.CellFormula is not null);
            Assert.Equal(CellValues.InlineString, cells.Single(c => c.CellReference == "A2").DataType!.Value);
            Assert.Equal(CellValues.Number, cells.Single(c => c.CellReference == "B2").DataType!.Value);
            Assert.NotNull(document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Pane>().SingleOrDefault(p => p.State! == PaneStateValues.Frozen));
        }

        foreach (var (bytes, name) in new[] { (csv.ToArray(), "r.csv"), (xlsx.ToArray(), "r.xlsx") })
        {
            var read = ListFile.Read(bytes, name);
            Assert.Equal(["=HYPERLINK(\"http://x\")", "+1-2", "@SUM(A1)"], read.Skip(1).Select(r => r.Cells[0]).ToList());
        }
    }

    internal static string DownloadUrl(string url, string format) =>
        url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=Download&format=" + format;

    /// <summary>The file of the list at <paramref name="url"/>, read back with the import reader: the header row, then the rows.</summary>
    internal static async Task<List<IReadOnlyList<string>>> DownloadAsync(HttpClient client, string url, string format)
    {
        var response = await client.GetAsync(DownloadUrl(url, format));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return ListFile.Read(bytes, "report." + format).Select(r => r.Cells).ToList();
    }

    /// <summary>The count in the "N found" heading above the results, in the page's culture (English digits and separators here).</summary>
    private static int TotalFound(string html)
    {
        var heading = HtmlPage.Text(ResultsHeading().Match(html).Groups["text"].Value);
        return int.Parse(new string(heading.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);
    }

    /// <summary>The first column's references of the results table, in order.</summary>
    private static List<string> ReferencesShown(string html)
    {
        var results = html[html.IndexOf("id=\"results\"", StringComparison.Ordinal)..];
        return ReferenceCell().Matches(results).Select(m => HtmlPage.Text(m.Groups["ref"].Value)).ToList();
    }

    private static IReadOnlyList<string> Links(string html) => HtmlPage.Links(html);

    private static string ElementAfter(string html, string id) => html[html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal)..];

    [GeneratedRegex("<h2[^>]*id=\"results\"[^>]*>(?<text>.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex ResultsHeading();

    [GeneratedRegex("<td class=\"reference\"><a[^>]*>(?<ref>[^<]+)</a>")]
    private static partial Regex ReferenceCell();
}
