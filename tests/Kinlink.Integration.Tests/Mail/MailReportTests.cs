using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Domain.Mail;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Mail;

/// <summary>The mail figures on a data set built by hand, so every number is known: quotas, delivery times, undeliverable rates, late items, limits.</summary>
public sealed class MailReportTests
{
    private static readonly DateTimeOffset October = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_figures_count_quotas_delivery_times_failures_and_late_items_exactly(DatabaseKind kind)
    {
        await using var world = await MailWorld.StartAsync(kind);
        await BuildAsync(world);
        using var analyst = world.App.CreateClient("analyst");
        using var caseworker = world.App.CreateClient("caseworker");
        await MailWorld.ReadAsync(await caseworker.PutAsJsonAsync("/api/mail/limits/RU", new { lettersPerMonth = 1, cardsPerMonth = 4, since = "2026-09-01", note = "note verbale 12/2026" }), HttpStatusCode.OK);

        // Delivered to RU-CAMP-01 after 2, 4, 6 and 10 days; to UA-CAMP-01 after 3.
        var delays = await MailWorld.ReadAsync(await analyst.GetAsync("/api/mail/reports/delays"), HttpStatusCode.OK);
        var ru = delays.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("party").GetString() == "RU");
        Assert.Equal(4, ru.GetProperty("delivered").GetInt32());
        Assert.Equal(5.0, ru.GetProperty("medianDays").GetDouble());
        Assert.Equal(8.8, ru.GetProperty("percentile90Days").GetDouble());
        var camp = delays.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("place").GetString() == TestRegistry.CampRu);
        Assert.Equal(4, camp.GetProperty("delivered").GetInt32());
        Assert.Equal(5.0, camp.GetProperty("medianDays").GetDouble());
        var ua = delays.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("party").GetString() == "UA");
        Assert.Equal(1, ua.GetProperty("delivered").GetInt32());
        Assert.Equal(3.0, ua.GetProperty("medianDays").GetDouble());
        Assert.Equal(3.0, ua.GetProperty("percentile90Days").GetDouble());

        // RU: 4 delivered, 2 not (one transferred, one died): a third.
        var undeliverable = await MailWorld.ReadAsync(await analyst.GetAsync("/api/mail/reports/undeliverable"), HttpStatusCode.OK);
        var ruFailed = undeliverable.EnumerateArray().Single(p => p.GetProperty("party").GetString() == "RU");
        Assert.Equal(6, ruFailed.GetProperty("ended").GetInt32());
        Assert.Equal(2, ruFailed.GetProperty("undeliverable").GetInt32());
        Assert.Equal(0.333, ruFailed.GetProperty("share").GetDouble());
        Assert.Equal(1, ruFailed.GetProperty("reasons").GetProperty("transferred").GetInt32());
        Assert.Equal(1, ruFailed.GetProperty("reasons").GetProperty("died").GetInt32());
        Assert.Equal(0, ruFailed.GetProperty("reasons").GetProperty("released").GetInt32());
        var uaFailed = undeliverable.EnumerateArray().Single(p => p.GetProperty("party").GetString() == "UA");
        Assert.Equal(1, uaFailed.GetProperty("ended").GetInt32());
        Assert.Equal(0.0, uaFailed.GetProperty("share").GetDouble());

        // In transit since 31 days (late; the default limit is 30) and since 5 days (not late).
        var late = await MailWorld.ReadAsync(await analyst.GetAsync("/api/mail/reports/late"), HttpStatusCode.OK);
        Assert.Equal(30, late.GetProperty("deliveryDueDays").GetInt32());
        var lateItem = Assert.Single(late.GetProperty("items").EnumerateArray());
        Assert.Equal(31, lateItem.GetProperty("daysInTransit").GetInt32());
        Assert.Equal(world.Shevchenko.Reference.Value, lateItem.GetProperty("person").GetString());

        // October, RU: Kovalenko sent 2 letters, 1 card and a capture card (a November letter not counted); received 2 letters and 2 cards.
        var quotas = await MailWorld.ReadAsync(await analyst.GetAsync("/api/mail/reports/quotas?party=RU&month=2026-10"), HttpStatusCode.OK);
        Assert.Equal("2026-10", quotas.GetProperty("month").GetString());
        Assert.Equal(2, quotas.GetProperty("total").GetInt32());
        var kovalenko = quotas.GetProperty("prisoners").EnumerateArray().Single(p => p.GetProperty("person").GetString() == world.Kovalenko.Reference.Value);
        Assert.Equal(2, kovalenko.GetProperty("lettersSent").GetInt32());
        Assert.Equal(1, kovalenko.GetProperty("cardsSent").GetInt32());
        Assert.Equal(1, kovalenko.GetProperty("captureCardsSent").GetInt32());
        Assert.Equal(2, kovalenko.GetProperty("lettersReceived").GetInt32());
        Assert.Equal(2, kovalenko.GetProperty("cardsReceived").GetInt32());
        Assert.Equal(1, kovalenko.GetProperty("letterLimit").GetInt32());
        Assert.True(kovalenko.GetProperty("limitBelowMinimum").GetBoolean());
        var shevchenko = quotas.GetProperty("prisoners").EnumerateArray().Single(p => p.GetProperty("person").GetString() == world.Shevchenko.Reference.Value);
        Assert.Equal(1, shevchenko.GetProperty("cardsReceived").GetInt32());
        Assert.Equal(0, shevchenko.GetProperty("lettersSent").GetInt32());

        var all = await MailWorld.ReadAsync(await analyst.GetAsync("/api/mail/reports/quotas?month=2026-10"), HttpStatusCode.OK);
        var ivanov = all.GetProperty("prisoners").EnumerateArray().Single(p => p.GetProperty("person").GetString() == world.Ivanov.Reference.Value);
        Assert.Equal("UA", ivanov.GetProperty("party").GetString());
        Assert.Equal(1, ivanov.GetProperty("lettersReceived").GetInt32());
        Assert.False(ivanov.GetProperty("limitBelowMinimum").GetBoolean());
        var november = await MailWorld.ReadAsync(await analyst.GetAsync("/api/mail/reports/quotas?party=RU&month=2026-11"), HttpStatusCode.OK);
        var kovalenkoNovember = november.GetProperty("prisoners").EnumerateArray().Single(p => p.GetProperty("person").GetString() == world.Kovalenko.Reference.Value);
        Assert.Equal(1, kovalenkoNovember.GetProperty("lettersSent").GetInt32());

        var bad = await MailWorld.ReadAsync(await analyst.GetAsync("/api/mail/reports/quotas?party=XX&month=October"), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("party", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("month", out _));

        // The figures page shows the same numbers, with the limit flagged.
        using var browser = world.App.Browser("analyst");
        var (_, page) = await browser.GetPageAsync("/Mail/Reports?culture=en");
        var text = HtmlPage.VisibleText(page);
        Assert.Contains("Below the art. 71 minimum", text, StringComparison.Ordinal);
        Assert.Contains("8.8", text, StringComparison.Ordinal);
        Assert.Contains("33%", text, StringComparison.Ordinal);
        var (_, quotaPage) = await browser.GetPageAsync("/Mail/Reports/Quotas?party=RU&month=2026-10&culture=en");
        Assert.Contains(world.Kovalenko.Reference.Value, quotaPage, StringComparison.Ordinal);
        Assert.Contains("Below the art. 71 minimum", HtmlPage.VisibleText(quotaPage), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_party_limit_is_set_by_mail_workers_read_by_analysts_and_flagged_below_the_minimum(DatabaseKind kind)
    {
        await using var world = await MailWorld.StartAsync(kind);
        using var caseworker = world.App.CreateClient("caseworker");
        using var analyst = world.App.CreateClient("analyst");

        var unset = await MailWorld.ReadAsync(await analyst.GetAsync("/api/mail/limits/UA"), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, unset.GetProperty("since").ValueKind);
        Assert.False(unset.GetProperty("belowMinimum").GetBoolean());

        var enough = await MailWorld.ReadAsync(await caseworker.PutAsJsonAsync("/api/mail/limits/UA", new { lettersPerMonth = 2, cardsPerMonth = 4 }), HttpStatusCode.OK);
        Assert.False(enough.GetProperty("belowMinimum").GetBoolean());
        Assert.Equal("2026-11-27", enough.GetProperty("since").GetString());
        var tooFewCards = await MailWorld.ReadAsync(await caseworker.PutAsJsonAsync("/api/mail/limits/UA", new { lettersPerMonth = 2, cardsPerMonth = 3, since = "2026-12-01" }), HttpStatusCode.OK);
        Assert.True(tooFewCards.GetProperty("belowMinimum").GetBoolean());
        var read = await MailWorld.ReadAsync(await analyst.GetAsync("/api/mail/limits/UA"), HttpStatusCode.OK);
        Assert.Equal(3, read.GetProperty("cardsPerMonth").GetInt32());
        Assert.Equal("2026-12-01", read.GetProperty("since").GetString());

        var bad = await MailWorld.ReadAsync(await caseworker.PutAsJsonAsync("/api/mail/limits/UA", new { lettersPerMonth = -1, cardsPerMonth = 4, since = "first of May" }), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("since", out _));
        var negative = await MailWorld.ReadAsync(await caseworker.PutAsJsonAsync("/api/mail/limits/UA", new { lettersPerMonth = -1, cardsPerMonth = 4 }), HttpStatusCode.BadRequest);
        Assert.True(negative.GetProperty("errors").TryGetProperty("lettersPerMonth", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.PutAsJsonAsync("/api/mail/limits/XX", new { lettersPerMonth = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PutAsJsonAsync("/api/mail/limits/UA", new { lettersPerMonth = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Party("UA", "bureau-officer").GetAsync("/api/mail/limits/UA")).StatusCode);
    }

    /// <summary>The hand-built month: see the assertions for what each item adds.</summary>
    private static async Task BuildAsync(MailWorld world)
    {
        async Task Delivered(Message message, double days) => await world.ChangeAsync(message.Reference, item =>
        {
            ((Message)item).RecordCheck(MessageCheckOutcome.Passed, null, MailWorld.Staff, message.ReceivedAt.AddHours(1));
            item.Deliver(DeliveryChannel.AuthorityConfirmed, null, null, MailWorld.Staff, message.ReceivedAt.AddDays(days));
        });

        var k = world.Kovalenko;
        await Delivered(await world.MessageAsync(k, MessageKind.Letter, MessageDirection.ToDetainee, October), 2);
        await Delivered(await world.MessageAsync(k, MessageKind.RedCrossMessage, MessageDirection.ToDetainee, October), 4);
        await Delivered(await world.MessageAsync(k, MessageKind.Card, MessageDirection.ToDetainee, October), 10);
        var parcel = await world.ParcelAsync(k, October);
        await world.ChangeAsync(parcel.Reference, item => ((Parcel)item).Deliver(DeliveryChannel.AuthorityConfirmed, null, ParcelReceiptSigner.Prisoner, "Коваленко О.", null, MailWorld.Staff, October.AddDays(6)));
        var transferred = await world.MessageAsync(k, MessageKind.Card, MessageDirection.ToDetainee, October.AddDays(4));
        await world.ChangeAsync(transferred.Reference, item => item.MarkUndeliverable(UndeliverableReason.Transferred, null, MailWorld.Staff, October.AddDays(9)));
        var died = await world.ParcelAsync(world.Shevchenko, October);
        await world.ChangeAsync(died.Reference, item => item.MarkUndeliverable(UndeliverableReason.Died, null, MailWorld.Staff, October.AddDays(3)));

        await world.MessageAsync(k, MessageKind.CaptureCard, MessageDirection.FromDetainee, October.AddDays(1));
        await world.MessageAsync(k, MessageKind.Letter, MessageDirection.FromDetainee, October.AddDays(2));
        await world.MessageAsync(k, MessageKind.Letter, MessageDirection.FromDetainee, October.AddDays(19));
        await world.MessageAsync(k, MessageKind.Card, MessageDirection.FromDetainee, October.AddDays(20));
        await world.MessageAsync(k, MessageKind.Letter, MessageDirection.FromDetainee, October.AddDays(32));

        await Delivered(await world.MessageAsync(world.Ivanov, MessageKind.Letter, MessageDirection.ToDetainee, October.AddDays(9)), 3);

        var lateCard = await world.MessageAsync(world.Shevchenko, MessageKind.Card, MessageDirection.ToDetainee, October.AddDays(24));
        await world.ChangeAsync(lateCard.Reference, item => ((Message)item).RecordCheck(MessageCheckOutcome.Passed, null, MailWorld.Staff, October.AddDays(25)));
        await world.DispatchAsync(TestRegistry.CampRu, world.Now.AddDays(-31), lateCard.Reference);
        var recent = await world.MessageAsync(world.Shevchenko, MessageKind.Letter, MessageDirection.ToDetainee, world.Now.AddDays(-7));
        await world.ChangeAsync(recent.Reference, item => ((Message)item).RecordCheck(MessageCheckOutcome.Passed, null, MailWorld.Staff, world.Now.AddDays(-6)));
        await world.DispatchAsync(TestRegistry.CampRu, world.Now.AddDays(-5), recent.Reference);
    }
}
