using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kinlink.Data.Access;
using Kinlink.Data.Visits;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Visits;

public class VisitResultsSheetTests
{
    private static readonly string Header = string.Join(',', VisitSheetColumns.All);

    /// <summary>A row in the sheet's column order: reference, surname, given_name, patronymic, date_of_birth, sex, category, service_number, depends_on, then the results.</summary>
    private static string Row(string reference = "", string surname = "", string givenName = "", string dateOfBirth = "", string dependsOn = "",
        string seen = "", string notSeenReason = "", string notSeenNote = "", string interview = "", string messages = "", string family = "") =>
        string.Join(',', reference, surname, givenName, "", dateOfBirth, "", "", "", dependsOn, seen, notSeenReason, notSeenNote, interview, messages, family);

    private static string GoodSheet(string[] persons) => string.Join('\n',
        Header,
        Row(persons[0], "Коваленко", "Олександр", seen: "так", interview: "так", messages: "\"To my mother, Kharkiv: I am well\""),
        Row(persons[1], "Шевченко", "Олександр", seen: "нет", notSeenReason: "in_hospital", notSeenNote: "Hospital No. 5"),
        Row(persons[2], "Бондаренко", "Олександр"),
        Row("", "Мельник", "Тарас", "1995-07-01", "UA", seen: "yes", family: "Wife in Poltava")) + "\n";

    private static MultipartFormDataContent Upload(byte[] content, string fileName)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_good_sheet_records_every_filled_row_and_registers_the_new_person_once_even_when_entered_twice(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("delegate");
        var visit = (await VisitTestKit.CreateVisitAsync(client)).GetProperty("reference").GetString();
        var before = await AuditTestKit.LastSequenceAsync(app);
        var sheet = Encoding.UTF8.GetBytes(GoodSheet(persons));

        var report = await VisitTestKit.ReadAsync(await client.PostAsync($"/api/visits/{visit}/results", Upload(sheet, "sheet.csv")), HttpStatusCode.OK);

        Assert.True(report.GetProperty("stored").GetBoolean());
        Assert.Equal(3, report.GetProperty("personsRecorded").GetInt32());
        Assert.Equal(1, report.GetProperty("personsRegistered").GetInt32());
        Assert.Equal(1, report.GetProperty("rowsLeftBlank").GetInt32());
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/visits/{visit}");
        var recorded = read.GetProperty("persons").EnumerateArray().ToDictionary(p => p.GetProperty("surname").GetString()!);
        Assert.True(recorded["Коваленко"].GetProperty("privateInterview").GetBoolean());
        Assert.Equal("To my mother, Kharkiv: I am well", recorded["Коваленко"].GetProperty("messagesToSend").GetString());
        Assert.Equal("in-hospital", recorded["Шевченко"].GetProperty("notSeenReason").GetString());
        Assert.True(recorded["Мельник"].GetProperty("registeredDuringVisit").GetBoolean());
        Assert.False(recorded.ContainsKey("Бондаренко"));
        int registryCount;
        await using (var db = app.Database.NewContext())
        {
            registryCount = await db.Persons.CountAsync();
            Assert.Equal(1, await db.Transmissions.CountAsync(t => t.PersonId == db.Persons.Single(p => p.Surname == "Мельник").Id));
        }

        // The same sheet again, corrected for one person: nothing duplicated, the result replaced.
        var corrected = Encoding.UTF8.GetBytes(GoodSheet(persons).Replace("\"To my mother, Kharkiv: I am well\"", "To my mother: all well", StringComparison.Ordinal));
        var again = await VisitTestKit.ReadAsync(await client.PostAsync($"/api/visits/{visit}/results", Upload(corrected, "sheet.csv")), HttpStatusCode.OK);
        Assert.Equal(0, again.GetProperty("personsRegistered").GetInt32());
        await using (var db = app.Database.NewContext())
        {
            Assert.Equal(registryCount, await db.Persons.CountAsync());
            Assert.Equal(3, await db.VisitPersons.CountAsync());
            Assert.Equal(1, await db.Persons.CountAsync(p => p.Surname == "Мельник"));
            Assert.Equal("To my mother: all well", await db.VisitPersons.Where(p => p.PrivateInterview).Select(p => p.MessagesToSend).SingleAsync());
        }

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 3);
        Assert.Equal(2, entries.Count(e => VisitTestKit.Has(e.Entry, AuditActions.VisitResultsImport)));
        Assert.Single(entries, e => VisitTestKit.Has(e.Entry, AuditActions.PersonCreate));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_sheet_with_two_bad_rows_reports_each_by_line_and_column_and_stores_nothing(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("delegate");
        var visit = (await VisitTestKit.CreateVisitAsync(client)).GetProperty("reference").GetString();
        var sheet = string.Join('\n',
            Header,
            Row(persons[0], seen: "yes"),
            Row(persons[1], seen: "maybe"),
            Row("", "Мельник", "Тарас", "1995-07-01", "UA", seen: "yes"),
            Row(persons[2], seen: "no")) + "\n";

        var response = await client.PostAsync($"/api/visits/{visit}/results", Upload(Encoding.UTF8.GetBytes(sheet), "sheet.csv"));

        var report = await VisitTestKit.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.False(report.GetProperty("stored").GetBoolean());
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "seen"), (5, "not_seen_reason")], errors);
        await using var db = app.Database.NewContext();
        Assert.Equal(0, await db.VisitPersons.CountAsync());
        Assert.Equal(0, await db.Persons.CountAsync(p => p.Surname == "Мельник"));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_xlsx_sheet_is_read_and_an_unknown_column_or_reference_is_named(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("delegate");
        var visit = (await VisitTestKit.CreateVisitAsync(client)).GetProperty("reference").GetString();

        var xlsx = Workbook([["reference", "seen", "not_seen_reason", "private_interview"], [persons[0], "yes", "", "no"], [persons[1], "no", "transferred-elsewhere", ""]]);
        var report = await VisitTestKit.ReadAsync(await client.PostAsync($"/api/visits/{visit}/results", Upload(xlsx, "sheet.xlsx")), HttpStatusCode.OK);
        Assert.Equal(2, report.GetProperty("personsRecorded").GetInt32());

        var unknownColumn = Encoding.UTF8.GetBytes("reference,seen,mood\n" + persons[0] + ",yes,fine\n");
        var refused = await VisitTestKit.ReadAsync(await client.PostAsync($"/api/visits/{visit}/results", Upload(unknownColumn, "sheet.csv")), HttpStatusCode.BadRequest);
        var error = refused.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.Equal("mood", error.GetProperty("column").GetString());

        var unknownPerson = Encoding.UTF8.GetBytes("reference,seen\nKL-0000-0000,yes\n");
        var noOne = await VisitTestKit.ReadAsync(await client.PostAsync($"/api/visits/{visit}/results", Upload(unknownPerson, "sheet.csv")), HttpStatusCode.BadRequest);
        Assert.Equal("reference", noOne.GetProperty("errors")[0].GetProperty("column").GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_results_page_shows_the_report_of_a_refused_sheet(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var visit = (await VisitTestKit.CreateVisitAsync(app.CreateClient("delegate"))).GetProperty("reference").GetString();
        var browser = app.Browser("delegate");
        var (page, html) = await browser.GetPageAsync($"/Visits/Visits/{visit}/Results");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var form = Upload(Encoding.UTF8.GetBytes($"reference,seen\n{persons[0]},perhaps\n"), "sheet.csv");
        form.Add(new StringContent(HtmlPage.AntiforgeryToken(html)), "__RequestVerificationToken");
        var posted = await browser.PostAsync(new Uri($"/Visits/Visits/{visit}/Results", UriKind.Relative), form);
        var report = await posted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("'perhaps' is not yes or no.", HtmlPage.VisibleText(report), StringComparison.Ordinal);
    }

    private static byte[] Workbook(string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheet = workbookPart.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(rows.Select((cells, r) => new Row(cells.Select((text, c) => new Cell
            {
                CellReference = $"{(char)('A' + c)}{r + 1}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)),
            })) { RowIndex = (uint)(r + 1) })));
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheet), SheetId = 1, Name = "Visit" }));
        }

        return stream.ToArray();
    }
}
