using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Kinlink.Data.Access;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Tracing;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Cli;
using Kinlink.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using static Kinlink.Integration.Tests.Tracing.PfifTestKit;

namespace Kinlink.Integration.Tests.Tracing;

public class PfifInterchangeTests
{
    private static async Task<(AppFixture App, HttpClient Client)> StartAsync(DatabaseKind kind)
    {
        var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        return (app, app.CreateClient("caseworker"));
    }

    private static async Task<string> CreateAsync(HttpClient client, System.Text.Json.Nodes.JsonObject body)
    {
        var response = await client.PostAsJsonAsync("/api/enquiries", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    private static async Task<XDocument> ExportAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/api/enquiries/pfif" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string document, string contentType = "application/xml") =>
        await client.PostAsync("/api/enquiries/pfif", new StringContent(document, Encoding.UTF8, contentType));

    private static string? Field(XElement parent, string name) => parent.Element(Pfif + name)?.Value;

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_export_writes_one_pfif_person_per_enquiry_in_schema_order_without_the_enquirers_contacts(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;
        var reference = await CreateAsync(client, EnquiryTestKit.ValidBody());

        var document = await ExportAsync(client);

        AssertWellFormedPfif(document);
        var person = Assert.Single(document.Root!.Elements(Pfif + "person"));
        Assert.Equal($"kinlink.example/{reference}", Field(person, "person_record_id"));
        Assert.Equal("2026-11-27T09:00:00Z", Field(person, "entry_date"));
        Assert.Equal("Коваленко Олександр Миколайович", Field(person, "full_name"));
        Assert.Equal("Олександр", Field(person, "given_name"));
        Assert.Equal("Коваленко", Field(person, "family_name"));
        Assert.Equal("Kovalenko Oleksandr Mikolaiovich", Field(person, "alternate_names"));
        Assert.Equal("male", Field(person, "sex"));
        Assert.Equal("1994-03", Field(person, "date_of_birth"));
        var description = Field(person, "description")!;
        Assert.Contains("Place of birth: Полтава", description, StringComparison.Ordinal);
        Assert.Contains("Service number: AB123456", description, StringComparison.Ordinal);
        Assert.Contains("Depends on: UA", description, StringComparison.Ordinal);
        Assert.Null(person.Element(Pfif + "home_city"));
        foreach (var contact in new[] { "author_name", "author_email", "author_phone" })
        {
            Assert.Null(person.Element(Pfif + contact));
        }

        Assert.DoesNotContain("example.org", document.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("побратима", document.ToString(), StringComparison.Ordinal);
        var note = Assert.Single(person.Elements(Pfif + "note"));
        Assert.Equal("information_sought", Field(note, "status"));
        Assert.Equal("Бахмут", Field(note, "last_known_location"));

        var withContacts = await ExportAsync(client, "?includeContactDetails=true");
        var author = Assert.Single(withContacts.Root!.Elements(Pfif + "person"));
        Assert.Equal("Коваленко Галина Іванівна", Field(author, "author_name"));
        Assert.Equal("h.kovalenko@example.org", Field(author, "author_email"));
        Assert.Equal("+380 67 123 45 67", Field(author, "author_phone"));
        AssertWellFormedPfif(withContacts);

        Assert.Empty((await ExportAsync(client, "?since=2026-11-27T09:00:00Z")).Root!.Elements(Pfif + "person"));
        Assert.Single((await ExportAsync(client, "?since=2026-11-26")).Root!.Elements(Pfif + "person"));
        var badSince = await client.GetAsync("/api/enquiries/pfif?since=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, badSince.StatusCode);
        Assert.Contains("since", await badSince.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite, EnquiryStatus.Open, SharingConsent.NotAsked, "information_sought")]
    [InlineData(DatabaseKind.Sqlite, EnquiryStatus.Located, SharingConsent.NotAsked, "information_sought")]
    [InlineData(DatabaseKind.Sqlite, EnquiryStatus.Located, SharingConsent.Refused, "information_sought")]
    [InlineData(DatabaseKind.Sqlite, EnquiryStatus.Located, SharingConsent.Given, "believed_alive")]
    [InlineData(DatabaseKind.Sqlite, EnquiryStatus.ReportedDead, SharingConsent.NotAsked, "believed_dead")]
    [InlineData(DatabaseKind.Sqlite, EnquiryStatus.ClosedWithoutResult, SharingConsent.NotAsked, "believed_missing")]
    [InlineData(DatabaseKind.Sqlite, EnquiryStatus.Withdrawn, SharingConsent.NotAsked, null)]
    [InlineData(DatabaseKind.Postgres, EnquiryStatus.Located, SharingConsent.Refused, "information_sought")]
    [InlineData(DatabaseKind.Postgres, EnquiryStatus.Located, SharingConsent.Given, "believed_alive")]
    public async Task A_cases_status_is_told_as_a_note_and_a_located_persons_news_only_with_their_consent(DatabaseKind kind, EnquiryStatus status, SharingConsent consent, string? expected)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;
        await CreateAsync(client, EnquiryTestKit.ValidBody());
        await using (var db = app.Database.NewContext())
        {
            // Slice A changes statuses through the case's own methods; the column is set directly to test the mapping alone.
            await db.Enquiries.ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, status).SetProperty(e => e.SharingConsent, consent));
        }

        var note = Assert.Single((await ExportAsync(client)).Descendants(Pfif + "note"));

        Assert.Equal(expected, Field(note, "status"));
        Assert.Equal(PfifInterchange.TextOf(status, consent), Field(note, "text"));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_import_opens_an_enquiry_per_good_record_reports_each_bad_one_by_id_field_and_line_and_never_twice(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;

        var response = await ImportAsync(client, PartnerDocument);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, report.GetProperty("personRecords").GetInt32());
        var imported = Assert.Single(report.GetProperty("imported").EnumerateArray());
        Assert.Equal("redcross.example/p-1", imported.GetProperty("personRecordId").GetString());
        var errors = report.GetProperty("errors").EnumerateArray().ToList();
        var date = Assert.Single(errors, e => e.GetProperty("personRecordId").GetString() == "redcross.example/p-2");
        Assert.Equal("date_of_birth", date.GetProperty("field").GetString());
        Assert.Equal(LineOf("14/05/1990"), date.GetProperty("line").GetInt32());
        var name = Assert.Single(errors, e => e.GetProperty("personRecordId").GetString() == "redcross.example/p-3");
        Assert.Equal("full_name", name.GetProperty("field").GetString());
        Assert.Equal(LineOf("redcross.example/p-3") - 1, name.GetProperty("line").GetInt32());

        var reference = imported.GetProperty("enquiry").GetString()!;
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}");
        Assert.Equal("partner-society", read.GetProperty("channel").GetString());
        Assert.Equal("vital-interest", read.GetProperty("legalBasis").GetString());
        Assert.Equal("open", read.GetProperty("status").GetString());
        Assert.Equal("Olena Bondar", read.GetProperty("enquirer").GetProperty("fullName").GetString());
        Assert.Equal("o.bondar@example.org", read.GetProperty("enquirer").GetProperty("email").GetString());
        var sought = read.GetProperty("soughtPerson");
        Assert.Equal("Бондар", sought.GetProperty("surname").GetString());
        Assert.Equal("Андрій", sought.GetProperty("givenName").GetString());
        Assert.Equal("M", sought.GetProperty("sex").GetString());
        Assert.Equal("1990-05-14", sought.GetProperty("dateOfBirth").GetString());
        var circumstances = read.GetProperty("circumstances");
        // The newest note with a place, the top-level one, gives the place of last news; every note is kept in the text.
        Assert.Equal("Білгород", circumstances.GetProperty("lastNewsPlace").GetString());
        var text = circumstances.GetProperty("howNewsCame").GetString()!;
        Assert.Contains("Last call on 2024-05-10.", text, StringComparison.Ordinal);
        Assert.Contains("[believed_alive]: Seen in a column of prisoners.", text, StringComparison.Ordinal);
        Assert.Contains("Tall, a scar on the left hand.", text, StringComparison.Ordinal);
        Assert.Contains("Home: Суми", text, StringComparison.Ordinal);

        var again = await (await ImportAsync(client, PartnerDocument)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(again.GetProperty("imported").EnumerateArray());
        var skipped = Assert.Single(again.GetProperty("skipped").EnumerateArray());
        Assert.Equal(reference, skipped.GetProperty("enquiry").GetString());
        await using var db = app.Database.NewContext();
        Assert.Equal(1, await db.Enquiries.CountAsync());
    }

    public static TheoryData<DatabaseKind, string, string> Unreadable()
    {
        var data = new TheoryData<DatabaseKind, string, string>();
        foreach (var kind in new[] { DatabaseKind.Sqlite, DatabaseKind.Postgres })
        {
            data.Add(kind, """
                <?xml version="1.0"?>
                <!DOCTYPE pfif [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><pfif:person><pfif:full_name>&secret;</pfif:full_name></pfif:person></pfif:pfif>
                """, "DTD");
            data.Add(kind, """<pfif xmlns="http://zesty.ca/pfif/1.2"><person/></pfif>""", "1.4");
            data.Add(kind, """<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><pfif:person>""", "Line 1");
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Unreadable))]
    public async Task A_document_with_a_dtd_another_version_or_broken_xml_is_refused_and_nothing_is_stored(DatabaseKind kind, string document, string said)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;

        var response = await ImportAsync(client, document);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("pfif")[0].GetString()!;
        Assert.True(message.Contains(said, StringComparison.Ordinal), message);
        await using var db = app.Database.NewContext();
        Assert.Equal(0, await db.Enquiries.CountAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_import_is_taken_only_as_xml_within_the_size_limit(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;
        var asForm = await ImportAsync(client, PartnerDocument, "text/plain");
        Assert.Equal(HttpStatusCode.BadRequest, asForm.StatusCode);
        Assert.Contains("application/xml", await asForm.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var limited = app.Factory.WithWebHostBuilder(b => b.UseSetting("Kinlink:Pfif:MaxImportBytes", "500"));
        using var small = AppFixture.SignedIn(limited.CreateClient(), "caseworker");
        var tooLarge = await ImportAsync(small, PartnerDocument);
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Contains("500 bytes", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.Database.NewContext();
        Assert.Equal(0, await db.Enquiries.CountAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Exported_enquiries_imported_into_an_empty_database_give_the_same_sought_persons(DatabaseKind kind)
    {
        var (source, sourceClient) = await StartAsync(kind);
        await using var _ = source;
        await CreateAsync(sourceClient, EnquiryTestKit.ValidBody());
        await CreateAsync(sourceClient, EnquiryTestKit.ValidBody("Петренко", "Петренко Ольга")
            .With("soughtPerson.givenName", "Марія").With("soughtPerson.patronymic", null).With("soughtPerson.sex", "F")
            .With("soughtPerson.dateOfBirth", "1988-11-02").With("soughtPerson.militaryUnit", null).With("soughtPerson.serviceNumber", null)
            .With("circumstances.lastNewsPlace", "Маріуполь").With("circumstances.lastNewsDate", "2022-04"));
        var exported = (await ExportAsync(sourceClient)).ToString();

        var (target, targetClient) = await StartAsync(kind);
        await using var __ = target;
        var report = await (await ImportAsync(targetClient, exported)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, report.GetProperty("imported").GetArrayLength());
        Assert.Empty(report.GetProperty("errors").EnumerateArray());

        static async Task<List<string>> SoughtAsync(HttpClient client)
        {
            var list = await client.GetFromJsonAsync<JsonElement>("/api/enquiries?pageSize=10");
            var persons = new List<string>();
            foreach (var row in list.GetProperty("items").EnumerateArray())
            {
                var read = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{row.GetProperty("reference").GetString()}");
                var p = read.GetProperty("soughtPerson");
                var c = read.GetProperty("circumstances");
                persons.Add(string.Join('|', new[] { "surname", "givenName", "patronymic", "sex", "dateOfBirth", "placeOfBirth", "militaryUnit", "serviceNumber", "dependsOn" }
                    .Select(f => p.GetProperty(f).ToString()).Append(c.GetProperty("lastNewsDate").ToString()).Append(c.GetProperty("lastNewsPlace").ToString())));
            }

            persons.Sort(StringComparer.Ordinal);
            return persons;
        }

        var expected = await SoughtAsync(sourceClient);
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, await SoughtAsync(targetClient));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Export_and_import_are_audited_and_refused_to_party_accounts_analysts_and_the_dpo(DatabaseKind kind)
    {
        var (app, client) = await StartAsync(kind);
        await using var _ = app;
        var reference = await CreateAsync(client, EnquiryTestKit.ValidBody());
        var before = await AuditTestKit.LastSequenceAsync(app);
        await ExportAsync(client);
        await ImportAsync(client, PartnerDocument);

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 2);
        var export = Assert.Single(entries, e => e.Entry.Action == AuditActions.EnquiryPfifExport);
        Assert.Contains(reference, export.Entry.Summary, StringComparison.Ordinal);
        Assert.Contains("left out", export.Entry.Summary, StringComparison.Ordinal);
        // One request, one entry: the import and each enquiry it opened (audited as any enquiry opened anywhere).
        var import = Assert.Single(entries, e => e.Entry.Action.Split(',').Contains(AuditActions.EnquiryPfifImport));
        Assert.Contains(AuditActions.EnquiryCreate, import.Entry.Action.Split(','));
        Assert.Contains("1 opened", import.Entry.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Бондар", import.Entry.Summary, StringComparison.Ordinal);

        foreach (var (role, party) in new[] { ("bureau-officer", "UA"), ("analyst", (string?)null), ("dpo", null) })
        {
            using var other = app.CreateClient(role, party);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/enquiries/pfif")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(other, PartnerDocument)).StatusCode);
        }
    }

    [Fact]
    public async Task The_command_imports_a_pfif_file_and_exports_it_again()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, (await cli.RunAsync("db", "migrate")).ExitCode);
        var input = Path.Combine(cli.DataDirectory, "partner.xml");
        await File.WriteAllTextAsync(input, PartnerDocument);
        var output = Path.Combine(cli.DataDirectory, "out.xml");

        var imported = await cli.RunAsync("tracing", "import-pfif", input);
        var exported = await cli.RunAsync("tracing", "export-pfif", "--out", output);

        // Two records were refused, so the import says so by its exit code, after storing the good one.
        Assert.Equal(1, imported.ExitCode);
        Assert.Contains("3 person records, 1 imported", imported.Out, StringComparison.Ordinal);
        Assert.Contains($"line {LineOf("14/05/1990")}, record redcross.example/p-2, field date_of_birth", imported.Out, StringComparison.Ordinal);
        Assert.Equal(0, exported.ExitCode);
        var document = XDocument.Load(output);
        AssertWellFormedPfif(document);
        var person = Assert.Single(document.Root!.Elements(Pfif + "person"));
        // An imported record keeps its home repository's id when it is passed on.
        Assert.Equal("redcross.example/p-1", Field(person, "person_record_id"));
        Assert.Equal("Бондар Андрій", Field(person, "full_name"));
        Assert.Equal(0, (await cli.RunAsync("tracing", "import-pfif", output)).ExitCode);
    }
}
