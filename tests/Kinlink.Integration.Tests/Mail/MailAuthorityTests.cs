using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Integration.Tests.Tracing;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Mail;

/// <summary>The detaining authority's side: its own places' mail only, read as the censor reads it, checked, delivered or not; never the family's enquiry.</summary>
public sealed class MailAuthorityTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_sees_only_the_mail_at_its_own_places_and_never_the_family_behind_it(DatabaseKind kind)
    {
        await using var world = await MailWorld.StartAsync(kind);
        var (enquiryReference, enquiryId) = await EnquiryAsync(world);
        var forKovalenko = await world.MessageAsync(world.Kovalenko, MessageKind.RedCrossMessage, MessageDirection.ToDetainee, world.Now.AddDays(-3), enquiryId, "Сину, ми тебе чекаємо.");
        var parcel = await world.ParcelAsync(world.Shevchenko, world.Now.AddDays(-2));
        var forIvanov = await world.MessageAsync(world.Ivanov, MessageKind.Letter, MessageDirection.ToDetainee, world.Now.AddDays(-1));
        var fromKovalenko = await world.MessageAsync(world.Kovalenko, MessageKind.CaptureCard, MessageDirection.FromDetainee, world.Now.AddDays(-1));
        var batch = await world.DispatchAsync(TestRegistry.CampRu, world.Now.AddDays(-1), parcel.Reference);

        using var ru = world.Party("RU");
        var listResponse = await ru.GetAsync("/api/party/mail");
        var listBody = await listResponse.Content.ReadAsStringAsync();
        var list = await MailWorld.ReadAsync(listResponse, HttpStatusCode.OK);
        var references = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()).ToList();
        Assert.Equal([forKovalenko.Reference, parcel.Reference], references);
        Assert.True(list.GetProperty("items")[0].GetProperty("awaitingCheck").GetBoolean());
        Assert.Equal("in-transit", list.GetProperty("items")[1].GetProperty("status").GetString());

        var detailResponse = await ru.GetAsync($"/api/party/mail/{forKovalenko.Reference}");
        var detailBody = await detailResponse.Content.ReadAsStringAsync();
        var detail = await MailWorld.ReadAsync(detailResponse, HttpStatusCode.OK);
        Assert.Equal("Сину, ми тебе чекаємо.", detail.GetProperty("text").GetString());
        Assert.Equal(world.Kovalenko.Reference.Value, detail.GetProperty("item").GetProperty("person").GetString());
        var parcelBody = await (await ru.GetAsync($"/api/party/mail/{parcel.Reference}")).Content.ReadAsStringAsync();
        Assert.Contains("wool socks", parcelBody, StringComparison.Ordinal);
        Assert.Contains(batch.Reference, parcelBody, StringComparison.Ordinal);
        var batchesBody = await (await ru.GetAsync("/api/party/mail-batches")).Content.ReadAsStringAsync();
        var manifestResponse = await ru.GetAsync($"/api/party/mail-batches/{batch.Reference}");
        var manifestBody = await manifestResponse.Content.ReadAsStringAsync();
        var manifest = await MailWorld.ReadAsync(manifestResponse, HttpStatusCode.OK);
        Assert.Equal([parcel.Reference], manifest.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()));
        Assert.Contains(batch.Reference, batchesBody, StringComparison.Ordinal);

        // Nothing a party reads names the family's enquiry, the family member or where they live.
        foreach (var body in new[] { listBody, detailBody, parcelBody, batchesBody, manifestBody })
        {
            Assert.DoesNotContain(enquiryReference, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(enquiryId.ToString(), body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Галина", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Шевченка 1", body, StringComparison.Ordinal);
            Assert.DoesNotContain("enquiry", body, StringComparison.OrdinalIgnoreCase);
        }

        // Another party's item, and a capture card routed to no place, do not exist for RU; UA sees its own only.
        Assert.Equal(HttpStatusCode.NotFound, (await ru.GetAsync($"/api/party/mail/{forIvanov.Reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ru.GetAsync($"/api/party/mail/{fromKovalenko.Reference}")).StatusCode);
        using var ua = world.Party("UA", "bureau-officer");
        var uaList = await MailWorld.ReadAsync(await ua.GetAsync("/api/party/mail"), HttpStatusCode.OK);
        Assert.Equal([forIvanov.Reference], uaList.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync($"/api/party/mail/{forKovalenko.Reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ua.PostAsJsonAsync($"/api/party/mail/{forKovalenko.Reference}/check", new { outcome = "passed", version = forKovalenko.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync($"/api/party/mail-batches/{batch.Reference}")).StatusCode);
        Assert.Equal(0, (await MailWorld.ReadAsync(await ua.GetAsync("/api/party/mail-batches"), HttpStatusCode.OK)).GetProperty("total").GetInt32());

        // Filters: by place and by status, each checked.
        var awaiting = await MailWorld.ReadAsync(await ru.GetAsync("/api/party/mail?status=awaiting-check"), HttpStatusCode.OK);
        Assert.Equal([forKovalenko.Reference], awaiting.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()));
        var hospital = await MailWorld.ReadAsync(await ru.GetAsync($"/api/party/mail?place={TestRegistry.HospitalRu}"), HttpStatusCode.OK);
        Assert.Equal(0, hospital.GetProperty("total").GetInt32());
        var wrongPlace = await MailWorld.ReadAsync(await ru.GetAsync($"/api/party/mail?place={TestRegistry.CampUa}&status=lost"), HttpStatusCode.BadRequest);
        Assert.True(wrongPlace.GetProperty("errors").TryGetProperty("place", out _));
        Assert.True(wrongPlace.GetProperty("errors").TryGetProperty("status", out _));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_authority_records_its_check_confirms_delivery_and_says_why_an_item_failed(DatabaseKind kind)
    {
        await using var world = await MailWorld.StartAsync(kind);
        var message = await world.MessageAsync(world.Kovalenko, MessageKind.Letter, MessageDirection.ToDetainee, world.Now.AddDays(-3));
        var parcel = await world.ParcelAsync(world.Shevchenko, world.Now.AddDays(-2));
        var other = await world.MessageAsync(world.Shevchenko, MessageKind.Card, MessageDirection.ToDetainee, world.Now.AddDays(-1));
        using var ru = world.Party("RU");
        var url = $"/api/party/mail/{message.Reference}";

        var noNote = await MailWorld.ReadAsync(await ru.PostAsJsonAsync($"{url}/check", new { outcome = "withheld", version = message.Version }), HttpStatusCode.BadRequest);
        Assert.True(noNote.GetProperty("errors").TryGetProperty("note", out _));
        var noVersion = await MailWorld.ReadAsync(await ru.PostAsJsonAsync($"{url}/check", new { outcome = "passed" }), HttpStatusCode.BadRequest);
        Assert.True(noVersion.GetProperty("errors").TryGetProperty("version", out _));
        Assert.Equal(HttpStatusCode.Conflict, (await ru.PostAsJsonAsync($"{url}/check", new { outcome = "passed", version = message.Version + 5 })).StatusCode);

        var checkedMessage = await MailWorld.ReadAsync(await ru.PostAsJsonAsync($"{url}/check", new { outcome = "passed-with-parts-struck-out", note = "line 3: the camp's location", version = message.Version }), HttpStatusCode.OK);
        Assert.Equal("cleared", checkedMessage.GetProperty("item").GetProperty("status").GetString());
        Assert.Equal("passed-with-parts-struck-out", checkedMessage.GetProperty("checkOutcome").GetString());
        var version = checkedMessage.GetProperty("item").GetProperty("version").GetInt32();
        // The check is recorded once.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ru.PostAsJsonAsync($"{url}/check", new { outcome = "passed", version })).StatusCode);

        var delivered = await MailWorld.ReadAsync(await ru.PostAsJsonAsync($"{url}/delivered", new { note = "handed over at roll call", version }), HttpStatusCode.OK);
        Assert.Equal("delivered", delivered.GetProperty("item").GetProperty("status").GetString());
        Assert.Equal("authority-confirmed", delivered.GetProperty("deliveryChannel").GetString());

        var parcelUrl = $"/api/party/mail/{parcel.Reference}";
        var unsigned = await MailWorld.ReadAsync(await ru.PostAsJsonAsync($"{parcelUrl}/delivered", new { version = parcel.Version }), HttpStatusCode.BadRequest);
        Assert.True(unsigned.GetProperty("errors").TryGetProperty("receiptSigner", out _));
        Assert.True(unsigned.GetProperty("errors").TryGetProperty("receiptSignerName", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ru.PostAsJsonAsync($"{parcelUrl}/check", new { outcome = "passed", version = parcel.Version })).StatusCode);
        var signed = await MailWorld.ReadAsync(await ru.PostAsJsonAsync($"{parcelUrl}/delivered", new { receiptSigner = "prisoners-representative", receiptSignerName = "Петренко В.", version = parcel.Version }), HttpStatusCode.OK);
        Assert.Equal("prisoners-representative", signed.GetProperty("receiptSigner").GetString());
        Assert.Equal("Петренко В.", signed.GetProperty("receiptSignerName").GetString());

        var otherUrl = $"/api/party/mail/{other.Reference}";
        var badReason = await MailWorld.ReadAsync(await ru.PostAsJsonAsync($"{otherUrl}/undeliverable", new { reason = "lost", version = other.Version }), HttpStatusCode.BadRequest);
        Assert.True(badReason.GetProperty("errors").TryGetProperty("reason", out _));
        var failed = await MailWorld.ReadAsync(await ru.PostAsJsonAsync($"{otherUrl}/undeliverable", new { reason = "refused-by-addressee", note = "does not want it", version = other.Version }), HttpStatusCode.OK);
        Assert.Equal("undeliverable", failed.GetProperty("item").GetProperty("status").GetString());
        Assert.Equal("refused-by-addressee", failed.GetProperty("undeliverableReason").GetString());

        // Closed items leave the open list, and each step is in the audit trail under the officer's name.
        var open = await MailWorld.ReadAsync(await ru.GetAsync("/api/party/mail"), HttpStatusCode.OK);
        Assert.Equal(0, open.GetProperty("total").GetInt32());
        var actions = await AuditActionsAsync(world);
        Assert.Contains(Data.Access.AuditActions.MessageCheck, actions);
        Assert.Contains(Data.Access.AuditActions.MessageDeliver, actions);
        Assert.Contains(Data.Access.AuditActions.ParcelDeliver, actions);
        Assert.Contains(Data.Access.AuditActions.MessageUndeliverable, actions);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ru")]
    public async Task The_authority_pages_render_and_answer_in_each_language(string culture)
    {
        await using var world = await MailWorld.StartAsync(DatabaseKind.Sqlite);
        var message = await world.MessageAsync(world.Kovalenko, MessageKind.RedCrossMessage, MessageDirection.ToDetainee, world.Now.AddDays(-3));
        var parcel = await world.ParcelAsync(world.Shevchenko, world.Now.AddDays(-2));
        using var browser = world.App.Browser("liaison-officer", "RU");

        var (listResponse, list) = await browser.GetPageAsync("/Mail/Authority".WithCulture(culture));
        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        Assert.Equal(UiResources.Text(culture, "MailAuthority.Title"), HtmlPage.H1(list));
        Assert.Contains(message.Reference, list, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text(culture, "MailAuthority.Status.awaiting-check"), HtmlPage.VisibleText(list), StringComparison.Ordinal);

        var (detailResponse, detail) = await browser.GetPageAsync($"/Mail/Authority/{parcel.Reference}".WithCulture(culture));
        Assert.Equal(HttpStatusCode.OK, detailResponse.StatusCode);
        var text = HtmlPage.VisibleText(detail);
        Assert.Contains("wool socks", text, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text(culture, "MailAuthority.ConfirmDelivery"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("MailAuthority.", text, StringComparison.Ordinal);

        var (messageResponse, messagePage) = await browser.GetPageAsync($"/Mail/Authority/{message.Reference}".WithCulture(culture));
        Assert.Equal(HttpStatusCode.OK, messageResponse.StatusCode);
        Assert.Contains("Мы живы и здоровы", messagePage, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text(culture, "MailAuthority.RecordCheck"), HtmlPage.VisibleText(messagePage), StringComparison.Ordinal);
        Assert.DoesNotContain("Галина", messagePage, StringComparison.Ordinal);

        // The check posted from the page, then the page shows it recorded; a bad answer names its field.
        var version = message.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (refusedResponse, refused) = await browser.PostFormAsync($"/Mail/Authority/{message.Reference}?handler=Check&culture={culture}", messagePage,
            [new("checkOutcome", "withheld"), new("version", version)]);
        Assert.Equal(HttpStatusCode.OK, refusedResponse.StatusCode);
        Assert.Contains("href=\"#checkNote\"", refused, StringComparison.Ordinal);
        var (posted, _) = await browser.PostFormAsync($"/Mail/Authority/{message.Reference}?handler=Check&culture={culture}", messagePage,
            [new("checkOutcome", "passed"), new("version", version)]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var (_, after) = await browser.GetPageAsync($"/Mail/Authority/{message.Reference}".WithCulture(culture));
        Assert.Contains(UiResources.Text(culture, "MailAuthority.Outcome.passed"), HtmlPage.VisibleText(after), StringComparison.Ordinal);

        using var ua = world.App.Browser("liaison-officer", "UA");
        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetPageAsync($"/Mail/Authority/{message.Reference}")).Response.StatusCode);
    }

    private static async Task<(string Reference, Guid Id)> EnquiryAsync(MailWorld world)
    {
        await using var scope = world.App.Factory.Services.CreateAsyncScope();
        var enquiry = await scope.ServiceProvider.GetRequiredService<EnquiryService>().CreateAsync(
            JsonSerializer.Deserialize<EnquiryInput>(EnquiryTestKit.ValidBody(), JsonSerializerOptions.Web)!, Actor.System);
        return (enquiry.Enquiry.Reference.Value, enquiry.Enquiry.Id.Value);
    }

    private static async Task<IReadOnlyList<string>> AuditActionsAsync(MailWorld world)
    {
        await world.App.Factory.Services.GetRequiredService<Data.Access.AuditTrail>().FlushAsync();
        await using var db = world.App.Database.NewContext();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.AuditEntries.Select(e => e.Action));
    }
}
