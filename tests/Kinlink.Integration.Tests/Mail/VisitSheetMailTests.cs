using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Kinlink.Data.Registry.ListFiles;
using Kinlink.Data.Visits;
using Kinlink.Domain.Mail;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Mail;

/// <summary>The visit sheet lists the mail waiting for each person at the place; its new columns are written and ignored on import.</summary>
public sealed class VisitSheetMailTests
{
    /// <summary>The columns of a sheet downloaded before the waiting mail was added.</summary>
    private const string OldHeader = "reference,surname,given_name,patronymic,date_of_birth,sex,category,service_number,depends_on,seen,not_seen_reason,not_seen_note,private_interview,messages_to_send,family_to_inform";

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_sheet_lists_the_open_mail_routed_to_the_place_by_reference_and_kind_never_its_text(DatabaseKind kind)
    {
        await using var world = await MailWorld.StartAsync(kind);
        var message = await world.MessageAsync(world.Kovalenko, MessageKind.RedCrossMessage, MessageDirection.ToDetainee, world.Now.AddDays(-3), text: "Тайна переписки");
        var parcel = await world.ParcelAsync(world.Kovalenko, world.Now.AddDays(-2));
        await world.DispatchAsync(TestRegistry.CampRu, world.Now.AddDays(-1), parcel.Reference);
        var delivered = await world.MessageAsync(world.Shevchenko, MessageKind.Letter, MessageDirection.ToDetainee, world.Now.AddDays(-3));
        await world.ChangeAsync(delivered.Reference, item =>
        {
            ((Message)item).RecordCheck(MessageCheckOutcome.Passed, null, MailWorld.Staff, world.Now);
            item.Deliver(DeliveryChannel.AuthorityConfirmed, null, null, MailWorld.Staff, world.Now);
        });
        var fromKovalenko = await world.MessageAsync(world.Kovalenko, MessageKind.CaptureCard, MessageDirection.FromDetainee, world.Now);
        using var client = world.App.CreateClient("delegate");

        var sheet = (await client.GetFromJsonAsync<JsonObject>($"/api/places/{TestRegistry.CampRu}/visit-sheet"))!;
        var rows = sheet["persons"]!.AsArray().ToDictionary(r => (string)r!["reference"]!);
        var waiting = rows[world.Kovalenko.Reference.Value]!["waitingMail"]!.AsArray().Select(m => ((string)m!["reference"]!, (string)m["kind"]!)).ToList();
        Assert.Equal([(message.Reference, "red-cross-message"), (parcel.Reference, "parcel")], waiting);
        Assert.Empty(rows[world.Shevchenko.Reference.Value]!["waitingMail"]!.AsArray());
        Assert.DoesNotContain("Тайна переписки", sheet.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(fromKovalenko.Reference, sheet.ToJsonString(), StringComparison.Ordinal);

        var page = await client.GetStringAsync($"/Visits/Sheet/{TestRegistry.CampRu}");
        Assert.Contains(message.Reference, page, StringComparison.Ordinal);
        Assert.Contains(parcel.Reference, page, StringComparison.Ordinal);
        Assert.DoesNotContain(delivered.Reference, page, StringComparison.Ordinal);

        var csv = await client.GetByteArrayAsync($"/api/places/{TestRegistry.CampRu}/visit-sheet?format=csv");
        var xlsx = await client.GetByteArrayAsync($"/api/places/{TestRegistry.CampRu}/visit-sheet?format=xlsx");
        foreach (var (content, name) in new[] { (csv, "sheet.csv"), (xlsx, "sheet.xlsx") })
        {
            var file = ListFile.Read(content, name);
            Assert.Equal(VisitSheetColumns.All, file[0].Cells.Take(VisitSheetColumns.All.Count));
            var kovalenko = file.Skip(1).Single(r => Cell(r, VisitSheetColumns.Reference) == world.Kovalenko.Reference.Value);
            Assert.Equal($"{message.Reference} (red-cross-message)", Cell(kovalenko, VisitSheetColumns.MessagesWaiting));
            Assert.Equal(parcel.Reference, Cell(kovalenko, VisitSheetColumns.ParcelsWaiting));
            var shevchenko = file.Skip(1).Single(r => Cell(r, VisitSheetColumns.Reference) == world.Shevchenko.Reference.Value);
            Assert.Equal("", Cell(shevchenko, VisitSheetColumns.MessagesWaiting));
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_results_import_takes_sheets_written_before_and_after_the_waiting_mail_columns(DatabaseKind kind)
    {
        await using var world = await MailWorld.StartAsync(kind);
        using var client = world.App.CreateClient("delegate");
        var visit = (await VisitTestKit.CreateVisitAsync(client)).GetProperty("reference").GetString();
        var kovalenko = world.Kovalenko.Reference.Value;
        var shevchenko = world.Shevchenko.Reference.Value;

        var old = $"{OldHeader}\n{kovalenko},Коваленко,Олександр,,,,,,,yes,,,yes,To my mother: I am well,\n";
        var oldReport = await VisitTestKit.ReadAsync(await client.PostAsync($"/api/visits/{visit}/results", Upload(old)), HttpStatusCode.OK);
        Assert.True(oldReport.GetProperty("stored").GetBoolean());
        Assert.Equal(1, oldReport.GetProperty("personsRecorded").GetInt32());

        // A new sheet as downloaded, with the waiting mail filled in by Kinlink: read past, never taken as results.
        var fresh = $"{string.Join(',', VisitSheetColumns.All)}\n{shevchenko},Шевченко,Тарас,,,,,,,no,in_hospital,,,,,MSG-0000-0000 (letter),PCL-0000-0000\n";
        var newReport = await VisitTestKit.ReadAsync(await client.PostAsync($"/api/visits/{visit}/results", Upload(fresh)), HttpStatusCode.OK);
        Assert.True(newReport.GetProperty("stored").GetBoolean());
        Assert.Equal(1, newReport.GetProperty("personsRecorded").GetInt32());

        var read = await client.GetFromJsonAsync<JsonObject>($"/api/visits/{visit}");
        var recorded = read!["persons"]!.AsArray().ToDictionary(p => (string)p!["surname"]!);
        Assert.Equal("To my mother: I am well", (string?)recorded["Коваленко"]!["messagesToSend"]);
        Assert.Equal("in-hospital", (string?)recorded["Шевченко"]!["notSeenReason"]);
        Assert.DoesNotContain("PCL-0000-0000", read.ToJsonString(), StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Upload(string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        return new MultipartFormDataContent { { file, "file", "sheet.csv" } };
    }

    private static string Cell(ListRow row, string column)
    {
        var index = VisitSheetColumns.All.ToList().IndexOf(column);
        return index < row.Cells.Count ? row.Cells[index] : "";
    }
}
