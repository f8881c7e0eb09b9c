using System.Net;
using System.Net.Http.Headers;
using Kinlink.Integration.Tests.Tracing;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Mail;

/// <summary>The mail pages: the desk's list, taking a message in without script, the message's page and its actions, and the enquiry's messages.</summary>
public class MessagePageTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_message_for_an_enquiry_is_taken_in_on_a_form_prefilled_from_the_enquiry_and_its_text_is_shown_to_the_caseworker_only(DatabaseKind kind)
    {
        var (app, persons) = await MessageTestKit.StartAsync(kind);
        await using var _ = app;
        var enquiry = await EnquiryCaseTestKit.LocatedEnquiryAsync(app, await MessageTestKit.PersonIdAsync(app, persons[0]), "Коваленко", consent: "given");
        var client = app.Browser("caseworker");

        var (newResponse, form) = await client.GetPageAsync($"/Mail/Messages/New?enquiry={enquiry}");
        Assert.Equal(HttpStatusCode.OK, newResponse.StatusCode);
        Assert.Equal(persons[0], HtmlPage.FieldValue(form, "person"));
        Assert.Equal(enquiry, HtmlPage.FieldValue(form, "enquiry"));
        Assert.False(string.IsNullOrWhiteSpace(HtmlPage.FieldValue(form, "correspondentName")));

        var (refused, refusedHtml) = await client.PostFormAsync("/Mail/Messages/New", form,
            [new("kind", "red-cross-message"), new("direction", "to-detainee"), new("person", persons[0]), new("enquiry", enquiry), new("language", "uk"), new("text", ""), new("intake", "caseworker")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull(HtmlPage.ElementById(refusedHtml, "text-error"));

        var (created, _) = await client.PostFormAsync("/Mail/Messages/New", form,
            [new("kind", "red-cross-message"), new("direction", "to-detainee"), new("person", persons[0]), new("enquiry", enquiry), new("language", "uk"),
                new("text", MessageTestKit.FamilyText), new("intake", "caseworker"), new("correspondentName", "Коваленко Марія")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        Assert.StartsWith("/Mail/Messages/MSG-", location, StringComparison.Ordinal);

        var (_, details) = await client.GetPageAsync(location);
        Assert.Equal(MessageTestKit.FamilyText, HtmlPage.Text(HtmlPage.ElementById(details, "message-text")!));
        Assert.Equal("received", HtmlPage.Attribute(HtmlPage.ElementById(details, "message-status")!, "data-status"));
        Assert.NotNull(HtmlPage.ElementById(details, "check-title"));
        var (_, asAdmin) = await app.Browser("admin").GetPageAsync(location);
        Assert.Null(HtmlPage.ElementById(asAdmin, "message-text"));
        Assert.NotNull(HtmlPage.ElementById(asAdmin, "text-confidential"));
        Assert.DoesNotContain("чекаємо", asAdmin, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Browser("analyst").GetAsync(location)).StatusCode);

        // The enquiry's case page lists it, with a way to hand in another.
        var (_, casePage) = await client.GetPageAsync($"/Tracing/Enquiries/{enquiry}");
        Assert.Contains(location["/Mail/Messages/".Length..], HtmlPage.Text(HtmlPage.ElementById(casePage, "message-list")!), StringComparison.Ordinal);
        Assert.Equal($"/Mail/Messages/New?enquiry={enquiry}", HtmlPage.Attribute(HtmlPage.ElementById(casePage, "hand-in-message")!, "href"));
        var (_, asDpo) = await app.Browser("dpo").GetPageAsync($"/Tracing/Enquiries/{enquiry}");
        Assert.Null(HtmlPage.ElementById(asDpo, "messages"));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_enquiry_without_a_located_person_says_a_message_needs_one(DatabaseKind kind)
    {
        var (app, _) = await MessageTestKit.StartAsync(kind);
        await using var __ = app;
        var enquiry = await EnquiryCaseTestKit.CreateAsync(app);
        var client = app.Browser("caseworker");

        var (_, casePage) = await client.GetPageAsync($"/Tracing/Enquiries/{enquiry}");
        Assert.NotNull(HtmlPage.ElementById(casePage, "message-needs-person"));
        Assert.Null(HtmlPage.ElementById(casePage, "hand-in-message"));
        var (_, form) = await client.GetPageAsync($"/Mail/Messages/New?enquiry={enquiry}");
        Assert.NotNull(HtmlPage.ElementById(form, "enquiry-error"));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_message_page_records_the_check_a_delivery_on_a_visit_a_reply_and_a_scan(DatabaseKind kind)
    {
        var (app, persons) = await MessageTestKit.StartAsync(kind);
        await using var host = app;
        var api = app.CreateClient("delegate");
        var visit = (await VisitTestKit.CreateVisitAsync(api)).GetProperty("reference").GetString()!;
        var reference = (await MessageTestKit.CreateAsync(api, MessageTestKit.ToDetainee(persons[0]))).GetProperty("reference").GetString()!;
        var client = app.Browser("delegate");
        var url = $"/Mail/Messages/{reference}";

        var (_, page) = await client.GetPageAsync(url);
        var received = (await VersionAsync(app, reference)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(received, HtmlPage.Attribute(System.Text.RegularExpressions.Regex.Match(page, "<input[^>]*name=\"check.version\"[^>]*>").Value, "value"));
        var (noNote, noNoteHtml) = await client.PostFormAsync(url + "?handler=Check", page, [new("check.outcome", "passed-with-parts-struck-out"), new("check.version", received)]);
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        Assert.NotNull(HtmlPage.ElementById(noNoteHtml, "check.note-error"));
        var (checkedResponse, _) = await client.PostFormAsync(url + "?handler=Check", page,
            [new("check.outcome", "passed-with-parts-struck-out"), new("check.note", "Line 2 struck out."), new("check.version", received)]);
        Assert.Equal(HttpStatusCode.Redirect, checkedResponse.StatusCode);
        var (stale, _) = await client.PostFormAsync(url + "?handler=Undeliverable", page, [new("undeliverable.reason", "unknown"), new("undeliverable.version", received)]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        (_, page) = await client.GetPageAsync(url);
        Assert.Equal("cleared", HtmlPage.Attribute(HtmlPage.ElementById(page, "message-status")!, "data-status"));
        Assert.Contains("Line 2 struck out.", HtmlPage.VisibleText(page), StringComparison.Ordinal);
        Assert.NotNull(HtmlPage.ElementById(page, "deliver-title"));
        var version = await VersionAsync(app, reference);
        var (delivered, _) = await client.PostFormAsync(url + "?handler=Deliver", page,
            [new("deliver.channel", "delegate-on-visit"), new("deliver.visit", visit), new("deliver.version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, delivered.StatusCode);
        (_, page) = await client.GetPageAsync(url);
        Assert.Equal("delivered", HtmlPage.Attribute(HtmlPage.ElementById(page, "message-status")!, "data-status"));
        Assert.Contains(visit, HtmlPage.VisibleText(page), StringComparison.Ordinal);
        Assert.Null(HtmlPage.ElementById(page, "deliver-title"));

        // A reply: the form comes the other way, for the same person, and the two are linked.
        var (_, replyForm) = await client.GetPageAsync(HtmlPage.Attribute(HtmlPage.ElementById(page, "reply-link")!, "href")!);
        Assert.Equal("from-detainee", HtmlPage.FieldValue(replyForm, "direction"));
        Assert.Equal(persons[0], HtmlPage.FieldValue(replyForm, "person"));
        var (replied, _) = await client.PostFormAsync("/Mail/Messages/New", replyForm,
            [new("kind", "red-cross-message"), new("direction", "from-detainee"), new("person", persons[0]), new("replyTo", reference), new("correspondentName", "Коваленко Марія"),
                new("language", "uk"), new("text", "Дякую, мамо!"), new("intake", "delegate")]);
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var replyReference = replied.Headers.Location!.OriginalString["/Mail/Messages/".Length..];
        (_, page) = await client.GetPageAsync(url);
        Assert.Contains(replyReference, HtmlPage.Text(HtmlPage.ElementById(page, "replies")!), StringComparison.Ordinal);

        // A scan through the page's form, read back through the API.
        var scan = new ByteArrayContent([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A]);
        scan.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var upload = new MultipartFormDataContent { { scan, "scan.file", "form.pdf" }, { new StringContent(HtmlPage.AntiforgeryToken(page)), "__RequestVerificationToken" } };
        var uploaded = await client.PostAsync(new Uri(url + "?handler=Scan", UriKind.Relative), upload);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        (_, page) = await client.GetPageAsync(url);
        Assert.Contains("form.pdf", HtmlPage.Text(HtmlPage.ElementById(page, "scan")!), StringComparison.Ordinal);
        var bytes = await app.CreateClient("delegate").GetByteArrayAsync($"/api/messages/{reference}/scan");
        Assert.Equal("%PDF-1.4\n"u8.ToArray(), bytes);

        var (_, list) = await client.GetPageAsync("/Mail/Index?status=delivered");
        Assert.Contains(reference, HtmlPage.Text(HtmlPage.ElementById(list, "messages")!), StringComparison.Ordinal);
        Assert.DoesNotContain(replyReference, HtmlPage.Text(HtmlPage.ElementById(list, "messages")!), StringComparison.Ordinal);
        var (_, badFilter) = await client.GetPageAsync("/Mail/Index?receivedFrom=soon");
        Assert.NotNull(HtmlPage.ElementById(badFilter, "receivedFrom-error"));
    }

    private static async Task<int> VersionAsync(AppFixture app, string reference)
    {
        await using var db = app.Database.NewContext();
        return await db.Messages.Where(m => m.Reference == reference).Select(m => m.Version).SingleAsync();
    }
}
