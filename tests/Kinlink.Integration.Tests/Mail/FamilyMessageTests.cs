using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Tracing;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Mail;

/// <summary>The family's side: its messages on the public status page, and handing one in online with the case reference and secret.</summary>
public class FamilyMessageTests
{
    private const string FromPerson = "Мамо, я живий і здоровий. Годують двічі на день.";
    private const string Withheld = "Нас тримають біля аеродрому.";

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_status_page_shows_the_persons_messages_as_passed_and_where_the_familys_own_stand_and_reading_delivers_them(DatabaseKind kind)
    {
        var (app, persons) = await MessageTestKit.StartAsync(kind);
        await using var _ = app;
        var (reference, code) = await MessageTestKit.LocatedPublicEnquiryAsync(app, persons[0]);
        var caseworker = app.CreateClient("caseworker");
        var passed = (await MessageTestKit.CreateAsync(caseworker, MessageTestKit.FromDetainee(persons[0], FromPerson, enquiry: reference))).GetProperty("reference").GetString()!;
        await MessageTestKit.CheckAsync(caseworker, passed, "passed-with-parts-struck-out", "The name of the camp was struck out.");
        var withheld = (await MessageTestKit.CreateAsync(caseworker, MessageTestKit.FromDetainee(persons[0], Withheld, enquiry: reference))).GetProperty("reference").GetString()!;
        await MessageTestKit.CheckAsync(caseworker, withheld, "withheld", "Military information.");
        var waiting = (await MessageTestKit.CreateAsync(caseworker, MessageTestKit.FromDetainee(persons[0], "Ще не перевірено", enquiry: reference))).GetProperty("reference").GetString()!;
        var sent = (await MessageTestKit.CreateAsync(caseworker, MessageTestKit.ToDetainee(persons[0], enquiry: reference))).GetProperty("reference").GetString()!;
        var moved = (await MessageTestKit.CreateAsync(caseworker, MessageTestKit.ToDetainee(persons[0], "Друге", enquiry: reference))).GetProperty("reference").GetString()!;
        await FailAsync(caseworker, moved, "transferred");
        var died = (await MessageTestKit.CreateAsync(caseworker, MessageTestKit.ToDetainee(persons[0], "Третє", enquiry: reference))).GetProperty("reference").GetString()!;
        await FailAsync(caseworker, died, "died");
        var before = await AuditTestKit.LastSequenceAsync(app);

        var (response, html) = await PublicEnquiryTestKit.CheckAsync(app.Browser(role: null), reference, code);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = HtmlPage.VisibleText(html);
        Assert.Contains(FromPerson, text, StringComparison.Ordinal);
        Assert.NotNull(HtmlPage.ElementById(html, "struck-out-" + passed));
        Assert.Contains(UiResources.Text("en", "Status.PartsStruckOut"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Withheld, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ще не перевірено", text, StringComparison.Ordinal);
        Assert.DoesNotContain(withheld, html, StringComparison.Ordinal);
        Assert.DoesNotContain(waiting, html, StringComparison.Ordinal);
        // Where the family's own messages stand, in plain words; a death is never told on the page, and no place is named.
        var sentList = HtmlPage.Text(HtmlPage.ElementById(html, "sent-messages")!);
        Assert.Contains($"{sent} ", sentList, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text("en", "Status.MessageState.Received"), sentList, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text("en", "Status.MessageReason.transferred"), sentList, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text("en", "Status.MessageState.ContactUs"), sentList, StringComparison.Ordinal);
        Assert.DoesNotContain("died", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestRegistry.CampRu, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Лагерь", html, StringComparison.Ordinal);
        Assert.NotNull(HtmlPage.ElementById(html, "hand-in"));

        var read = await MessageTestKit.GetAsync(caseworker, passed);
        Assert.Equal("delivered", read.GetProperty("status").GetString());
        Assert.Equal("family-online", read.GetProperty("deliveryChannel").GetString());
        Assert.Equal("received", (await MessageTestKit.GetAsync(caseworker, waiting)).GetProperty("status").GetString());
        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 2);
        var familyRead = Assert.Single(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MailFamilyRead));
        Assert.Equal(Actor.PublicEnquiryForm.UserName, familyRead.Entry.UserName);
        Assert.Contains(passed, familyRead.Entry.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("живий", familyRead.Entry.Summary, StringComparison.Ordinal);

        // Read again, it is still shown and stays delivered once.
        var (_, again) = await PublicEnquiryTestKit.CheckAsync(app.Browser(role: null), reference, code, "uk");
        Assert.Contains(FromPerson, HtmlPage.VisibleText(again), StringComparison.Ordinal);
        Assert.Contains(UiResources.Text("uk", "Status.PartsStruckOut"), HtmlPage.VisibleText(again), StringComparison.Ordinal);
        await using var db = app.Database.NewContext();
        Assert.Equal(1, await db.MailEvents.CountAsync(e => e.Kind == MailEventKind.Delivered));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_family_hands_in_a_message_online_with_its_secret_and_a_wrong_code_is_refused_and_counted(DatabaseKind kind)
    {
        var (app, persons) = await MessageTestKit.StartAsync(kind);
        await using var _ = app;
        var (reference, code) = await MessageTestKit.LocatedPublicEnquiryAsync(app, persons[0]);
        var family = app.Browser(role: null);
        var before = await AuditTestKit.LastSequenceAsync(app);

        var (_, wrong) = await HandInAsync(family, reference, PublicEnquiryTestKit.WrongCode(code), "Синку, ми тебе любимо.");
        Assert.NotNull(HtmlPage.ElementById(wrong, "status-not-found"));
        await using (var db = app.Database.NewContext())
        {
            Assert.Equal(0, await db.Messages.CountAsync());
            Assert.Equal(1, await db.FamilyCodeFailures.Where(f => f.Reference == reference).Select(f => f.Count).SingleAsync());
        }

        var (_, empty) = await HandInAsync(family, reference, code, "   ");
        Assert.Equal(UiResources.Text("en", "Status.HandInTextError"), HtmlPage.Text(HtmlPage.ElementById(empty, "text-error")!).Replace(UiResources.Text("en", "Errors.Prefix"), "", StringComparison.Ordinal).Trim());

        var (response, html) = await HandInAsync(family, reference, code, "Синку, ми тебе любимо.");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var handedIn = HtmlPage.Text(HtmlPage.ElementById(html, "handed-in")!);
        await using (var db = app.Database.NewContext())
        {
            var message = await db.Messages.AsNoTracking().SingleAsync();
            Assert.Contains(message.Reference, handedIn, StringComparison.Ordinal);
            Assert.Equal(MailIntake.FamilyOnline, message.Intake);
            Assert.Equal(MessageDirection.ToDetainee, message.Direction);
            Assert.Equal(MailStatus.Received, message.Status);
            Assert.Equal(Actor.PublicEnquiryForm.UserName, message.ReceivedBy);
            Assert.Equal(await MessageTestKit.EnquiryIdAsync(db, reference), message.EnquiryId);
            Assert.NotNull(message.RoutedPlaceId);
            Assert.True(FieldEncryption.LooksSealed(message.SealedText));
            // The family sees its message waiting for the check; the place it goes to is not named.
            Assert.Contains(message.Reference, HtmlPage.Text(HtmlPage.ElementById(html, "sent-messages")!), StringComparison.Ordinal);
            Assert.DoesNotContain(TestRegistry.CampRu, html, StringComparison.Ordinal);
        }

        var text = await MessageTestKit.ReadAsync(await app.CreateClient("caseworker").GetAsync($"/api/messages/{HandedInReference(handedIn)}/text"), HttpStatusCode.OK);
        Assert.Equal("Синку, ми тебе любимо.", text.GetProperty("text").GetString());
        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 3);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MailFamilyHandIn) && e.Entry.UserName == Actor.PublicEnquiryForm.UserName);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task No_hand_in_is_offered_or_taken_before_the_person_agreed_to_news_being_shared(DatabaseKind kind)
    {
        var (app, persons) = await MessageTestKit.StartAsync(kind);
        await using var _ = app;
        var (reference, code) = await MessageTestKit.LocatedPublicEnquiryAsync(app, persons[0], consent: "refused");
        var family = app.Browser(role: null);

        var (_, status) = await PublicEnquiryTestKit.CheckAsync(family, reference, code);
        Assert.Null(HtmlPage.ElementById(status, "hand-in"));
        Assert.Null(HtmlPage.ElementById(status, "family-messages"));

        var (_, refused) = await HandInAsync(family, reference, code, "Синку!");
        Assert.NotNull(HtmlPage.ElementById(refused, "text-error"));
        Assert.Contains(UiResources.Text("en", "Status.HandInClosed"), HtmlPage.VisibleText(refused), StringComparison.Ordinal);
        await using (var db = app.Database.NewContext())
        {
            Assert.Equal(0, await db.Messages.CountAsync());
        }

        // A message the family gave a caseworker is delivered; the page still says only that it was received, as telling
        // more would tell the family the person was found and reached.
        var caseworker = app.CreateClient("caseworker");
        var sent = (await MessageTestKit.CreateAsync(caseworker, MessageTestKit.ToDetainee(persons[0], enquiry: reference))).GetProperty("reference").GetString()!;
        var cleared = await MessageTestKit.CheckAsync(caseworker, sent, "passed");
        await MessageTestKit.ReadAsync(await caseworker.PostAsJsonAsync($"/api/messages/{sent}/deliver",
            new { channel = "authority-confirmed", version = cleared.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        var (_, later) = await PublicEnquiryTestKit.CheckAsync(family, reference, code);
        var sentList = HtmlPage.ElementById(later, "sent-messages")!;
        Assert.Contains(sent, sentList, StringComparison.Ordinal);
        Assert.Contains("data-state=\"Received\"", sentList, StringComparison.Ordinal);
        Assert.DoesNotContain(UiResources.Text("en", "Status.MessageState.Delivered"), HtmlPage.Text(sentList), StringComparison.Ordinal);
    }

    private static async Task<(HttpResponseMessage Response, string Html)> HandInAsync(HttpClient client, string reference, string code, string text)
    {
        var (_, page) = await client.GetPageAsync(PublicEnquiryTestKit.StatusPath);
        return await client.PostFormAsync(PublicEnquiryTestKit.StatusPath + "?handler=HandIn", page, [new("reference", reference), new("code", code), new("text", text)]);
    }

    private static string HandedInReference(string notice) => System.Text.RegularExpressions.Regex.Match(notice, "MSG-[0-9A-Z]{4}-[0-9A-Z]{4}").Value;

    private static async Task FailAsync(HttpClient client, string reference, string reason)
    {
        var version = (await MessageTestKit.GetAsync(client, reference)).GetProperty("version").GetInt32();
        await MessageTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/messages/{reference}/undeliverable", new { reason, version }), HttpStatusCode.OK);
    }
}
