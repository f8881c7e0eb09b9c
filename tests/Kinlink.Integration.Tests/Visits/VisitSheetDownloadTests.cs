using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.ListFiles;
using Kinlink.Data.Tracing;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Kinlink.Integration.Tests.Tracing;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Visits;

public sealed class VisitSheetDownloadTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_sheet_lists_exactly_the_persons_held_at_the_place_with_their_open_enquiries_only(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var world = await CoverageWorld.SeedAsync(app);
        var (open, closed) = await EnquiriesAsync(app, world);
        using var client = app.CreateClient("delegate");

        var sheet = (await client.GetFromJsonAsync<JsonObject>("/api/places/ru-camp-01/visit-sheet"))!;

        Assert.Equal("RU-CAMP-01", (string?)sheet["place"]);
        Assert.Equal("RU", (string?)sheet["party"]);
        Assert.Equal("2026-11-17", (string?)sheet["lastVisitOn"]);
        var rows = sheet["persons"]!.AsArray().ToDictionary(r => (string)r!["reference"]!);
        // Released has left; the UA camp's persons are elsewhere.
        Assert.Equal(new[] { "Seen10", "Seen200", "NotSeen", "Never" }.Select(n => world[n].Reference.Value).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        var seen10 = rows[world["Seen10"].Reference.Value]!;
        Assert.Equal("2026-11-17", (string?)seen10["lastSeenOn"]);
        Assert.Equal("1990-01-02", (string?)seen10["dateOfBirth"]);
        Assert.Equal("pow", (string?)seen10["category"]);
        Assert.Equal("held", (string?)seen10["status"]);
        var enquiry = Assert.Single(seen10["openEnquiries"]!.AsArray())!;
        Assert.Equal(open, (string?)enquiry["reference"]);
        Assert.Equal("searching", (string?)enquiry["status"]);
        // Reference and status only: nothing of the family who asked.
        Assert.DoesNotContain("Галина", sheet.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(closed, sheet.ToJsonString(), StringComparison.Ordinal);
        Assert.Null((string?)rows[world["Never"].Reference.Value]!["lastSeenOn"]);
        Assert.Empty(rows[world["Never"].Reference.Value]!["openEnquiries"]!.AsArray());

        using var missing = await client.GetAsync("/api/places/NOWHERE/visit-sheet");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var badFormat = await client.GetAsync("/api/places/RU-CAMP-01/visit-sheet?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Contains("\"format\"", await badFormat.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await client.GetStringAsync("/Visits/Sheet/RU-CAMP-01");
        Assert.Contains(world["Seen200"].Reference.Value, page, StringComparison.Ordinal);
        Assert.Contains(open, page, StringComparison.Ordinal);
        Assert.DoesNotContain(world["Released"].Reference.Value, page, StringComparison.Ordinal);
        Assert.Contains("visit-sheet?format=xlsx", page, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_csv_and_xlsx_sheets_have_the_sheet_columns_in_order_identity_filled_and_results_blank(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var world = await CoverageWorld.SeedAsync(app);
        using var client = app.CreateClient("caseworker");

        using var csvResponse = await client.GetAsync("/api/places/RU-CAMP-01/visit-sheet?format=csv");
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("RU-CAMP-01", csvResponse.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        var csv = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.True(csv.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the CSV starts with a BOM");
        var xlsx = await client.GetByteArrayAsync("/api/places/RU-CAMP-01/visit-sheet?format=xlsx");

        foreach (var (content, name) in new[] { (csv, "sheet.csv"), (xlsx, "sheet.xlsx") })
        {
            // Read back with the reader the list imports use, as the bulk results import will.
            var rows = ListFile.Read(content, name);
            Assert.Equal(VisitSheetColumns.All, rows[0].Cells.Take(VisitSheetColumns.All.Count));
            Assert.Equal(5, rows.Count);
            var byReference = rows.Skip(1).ToDictionary(r => Cell(r, VisitSheetColumns.Reference));
            var seen200 = byReference[world["Seen200"].Reference.Value];
            Assert.Equal("Бондаренко", Cell(seen200, VisitSheetColumns.Surname));
            Assert.Equal("Test", Cell(seen200, VisitSheetColumns.GivenName));
            Assert.Equal("1990-01-02", Cell(seen200, VisitSheetColumns.DateOfBirth));
            Assert.Equal("pow", Cell(seen200, VisitSheetColumns.Category));
            Assert.Equal("UA", Cell(seen200, VisitSheetColumns.DependsOn));
            Assert.All(rows.Skip(1), r => Assert.All(VisitSheetColumns.Results, column => Assert.Equal("", Cell(r, column))));
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_person_page_shows_the_visit_history_to_a_caseworker_and_not_to_a_liaison_officer(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var world = await CoverageWorld.SeedAsync(app);
        string visitReference;
        string requestReference;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
            var personId = world["NotSeen"].Id;
            visitReference = await db.VisitPersons.Where(v => v.PersonId == personId).Join(db.Visits, v => v.VisitId, v => v.Id, (_, v) => v.Reference).SingleAsync();
            var ru = await db.Parties.Where(p => p.Code == "RU").Select(p => p.Id).SingleAsync();
            var now = app.Factory.Clock.GetUtcNow();
            var start = DateOnly.FromDateTime(now.UtcDateTime).AddDays(7);
            var request = Domain.Visits.VisitRequest.Create(new Domain.Visits.VisitRequestDraft(ru, null, start, start.AddDays(3), "Never seen", Domain.Visits.VisitPriority.High,
                [new Domain.Visits.RequestedPerson(personId, Domain.Visits.VisitPersonReason.NeverVisited)]), new Actor("caseworker@test.example", null), now);
            request.Answer(new Domain.Visits.VisitRequestAnswerDraft(Domain.Visits.VisitRequestStatus.Refused, null, null, "Quarantine in the camp", []), new Actor("liaison.ru@test.example", "RU"), now);
            db.VisitRequests.Add(request);
            await db.SaveChangesAsync();
            requestReference = request.Reference;
        }

        var path = $"/Registry/Persons/{world["NotSeen"].Reference.Value}";
        using var caseworker = app.CreateClient("caseworker");
        var page = await caseworker.GetStringAsync(path);
        Assert.Contains(visitReference, page, StringComparison.Ordinal);
        Assert.Contains("Not seen – Not found at the place", page, StringComparison.Ordinal);
        Assert.Contains(requestReference, page, StringComparison.Ordinal);
        Assert.Contains("Quarantine in the camp", page, StringComparison.Ordinal);

        using var liaison = app.CreateClient("liaison-officer", "RU");
        using var partyResponse = await liaison.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, partyResponse.StatusCode);
        var partyPage = await partyResponse.Content.ReadAsStringAsync();
        Assert.DoesNotContain(visitReference, partyPage, StringComparison.Ordinal);
        Assert.DoesNotContain("visits-heading", partyPage, StringComparison.Ordinal);

        // The place page: its coverage and the sheet for those who make visits, not for an analyst.
        var place = await caseworker.GetStringAsync("/Registry/Places/RU-CAMP-01");
        Assert.Contains("/Visits/Sheet/RU-CAMP-01", place, StringComparison.Ordinal);
        Assert.Contains("2 of 4", place, StringComparison.Ordinal);
        using var analyst = app.CreateClient("analyst");
        Assert.DoesNotContain("/Visits/Sheet/RU-CAMP-01", await analyst.GetStringAsync("/Registry/Places/RU-CAMP-01"), StringComparison.Ordinal);
    }

    private static string Cell(ListRow row, string column)
    {
        var index = VisitSheetColumns.All.ToList().IndexOf(column);
        return index < row.Cells.Count ? row.Cells[index] : "";
    }

    /// <summary>Two enquiries about persons at RU-CAMP-01: one being searched (open), one closed without result.</summary>
    private static async Task<(string Open, string Closed)> EnquiriesAsync(AppFixture app, CoverageWorld world)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<EnquiryService>();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var now = app.Factory.Clock.GetUtcNow();
        var caseworker = new Actor("caseworker@test.example", null);
        async Task<string> OpenAsync(string person, params EnquiryStatus[] statuses)
        {
            var created = await service.CreateAsync(JsonSerializer.Deserialize<EnquiryInput>(EnquiryTestKit.ValidBody(), JsonSerializerOptions.Web)!, Actor.System);
            var enquiry = await db.Enquiries.SingleAsync(e => e.Id == created.Enquiry.Id);
            enquiry.LinkPerson(world[person].Id, caseworker, now);
            foreach (var status in statuses)
            {
                db.EnquiryEvents.Add(enquiry.ChangeStatus(status, "test", null, caseworker, now));
            }

            await db.SaveChangesAsync();
            return enquiry.Reference.Value;
        }

        return (await OpenAsync("Seen10", EnquiryStatus.Searching), await OpenAsync("Never", EnquiryStatus.Searching, EnquiryStatus.ClosedWithoutResult));
    }
}
