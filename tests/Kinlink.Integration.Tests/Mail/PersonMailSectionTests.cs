using Kinlink.Domain.Mail;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Mail;

/// <summary>The person page's "Messages and parcels" section: counts, the latest items with links, a link to take a message in; only for those who carry mail.</summary>
public sealed class PersonMailSectionTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_person_page_counts_the_mail_and_links_the_latest_items_for_mail_workers_only(DatabaseKind kind)
    {
        await using var world = await MailWorld.StartAsync(kind);
        var waiting = await world.MessageAsync(world.Kovalenko, MessageKind.Letter, MessageDirection.ToDetainee, world.Now.AddDays(-5), text: "Лист, якого не видно на сторінці");
        var parcel = await world.ParcelAsync(world.Kovalenko, world.Now.AddDays(-4));
        await world.ChangeAsync(parcel.Reference, item => ((Parcel)item).Deliver(DeliveryChannel.AuthorityConfirmed, null, ParcelReceiptSigner.Prisoner, "Коваленко О.", null, MailWorld.Staff, world.Now.AddDays(-1)));
        var failed = await world.MessageAsync(world.Kovalenko, MessageKind.Card, MessageDirection.ToDetainee, world.Now.AddDays(-3));
        await world.ChangeAsync(failed.Reference, item => item.MarkUndeliverable(UndeliverableReason.Unknown, null, MailWorld.Staff, world.Now));
        var card = await world.MessageAsync(world.Kovalenko, MessageKind.CaptureCard, MessageDirection.FromDetainee, world.Now.AddDays(-2));
        var path = $"/Registry/Persons/{world.Kovalenko.Reference.Value}";

        using var caseworker = world.App.Browser("caseworker");
        var (_, page) = await caseworker.GetPageAsync(path + "?culture=en");
        var text = HtmlPage.VisibleText(page);
        Assert.Contains("Messages and parcels", text, StringComparison.Ordinal);
        // The capture card from the person is on its way to the family: waiting, with the letter.
        Assert.Contains("Waiting: 2. Delivered: 1. Not delivered: 1.", text, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Mail/Messages/{waiting.Reference}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Mail/Parcels/{parcel.Reference}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Mail/Messages/{card.Reference}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Mail/Messages/New?person={world.Kovalenko.Reference.Value}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Лист, якого не видно", page, StringComparison.Ordinal);
        var (_, ukrainian) = await caseworker.GetPageAsync(path + "?culture=uk");
        Assert.Contains(UiResources.Text("uk", "PersonMail.Title"), HtmlPage.VisibleText(ukrainian), StringComparison.Ordinal);

        var (_, other) = await caseworker.GetPageAsync($"/Registry/Persons/{world.Shevchenko.Reference.Value}?culture=en");
        Assert.Contains("Waiting: 0. Delivered: 0. Not delivered: 0.", HtmlPage.VisibleText(other), StringComparison.Ordinal);

        foreach (var (role, party) in new[] { ("analyst", (string?)null), ("liaison-officer", "RU") })
        {
            using var reader = world.App.Browser(role, party);
            var (_, seen) = await reader.GetPageAsync(path);
            Assert.DoesNotContain("mail-heading", seen, StringComparison.Ordinal);
            Assert.DoesNotContain(waiting.Reference, seen, StringComparison.Ordinal);
        }
    }
}
