using Kinlink.Data.Access;
using Kinlink.Data.Mail;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Integration.Tests.Registry;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Mail;

public sealed class DemoMailTests(DemoSeederFixture fixture) : IClassFixture<DemoSeederFixture>
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_demo_has_mail_both_ways_in_every_status_batches_a_low_limit_a_reroute_and_a_stopped_item(DatabaseKind kind)
    {
        var seeded = await fixture.SeededAsync(kind);
        await using var db = seeded.Database.NewContext();
        var messages = await db.Messages.AsNoTracking().ToListAsync();
        var parcels = await db.Parcels.AsNoTracking().Include(p => p.Lines).ToListAsync();
        var parties = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code);

        foreach (var party in new[] { "RU", "UA" })
        {
            var own = messages.Where(m => m.DetainingPartyId is { } id && parties[id] == party).ToList();
            Assert.Equal(new[] { MailStatus.Received, MailStatus.Cleared, MailStatus.Withheld, MailStatus.InTransit, MailStatus.Delivered, MailStatus.Undeliverable },
                own.Select(m => m.Status).Distinct().Order().Except([MailStatus.Refused, MailStatus.Returned]));
            Assert.Contains(own, m => m.CheckOutcome == MessageCheckOutcome.PassedWithPartsStruckOut && m.CheckNote.Length > 0);
            Assert.Contains(own, m => m.DeliveryChannel == DeliveryChannel.AuthorityConfirmed);
            var ownParcels = parcels.Where(p => p.DetainingPartyId is { } id && parties[id] == party).ToList();
            Assert.Contains(ownParcels, p => p.Status == MailStatus.InTransit);
            Assert.Contains(ownParcels, p => p.Status == MailStatus.Cleared && p.BatchId is not null);
            Assert.Contains(ownParcels, p => p.Status == MailStatus.Delivered && p.ReceiptSigner is not null && p.ReceiptSignerName.Length > 0);
        }

        Assert.Contains(messages, m => m.DeliveryChannel == DeliveryChannel.DelegateOnVisit && m.DeliveredOnVisitId is not null);
        Assert.Equal(
            new[] { UndeliverableReason.Transferred, UndeliverableReason.Died, UndeliverableReason.Unknown, UndeliverableReason.RefusedByAddressee }.Order(),
            messages.Where(m => m.UndeliverableReason is not null).Select(m => m.UndeliverableReason!.Value).Distinct().Order());
        Assert.Contains(messages, m => m.Kind == MessageKind.CaptureCard && m.Direction == MessageDirection.FromDetainee && m.Status == MailStatus.Delivered);
        Assert.Contains(messages, m => m.InReplyToId is not null && m.Direction == MessageDirection.FromDetainee && messages.Any(o => o.Id == m.InReplyToId && o.DeliveryChannel == DeliveryChannel.DelegateOnVisit));
        Assert.Contains(messages, m => m.Direction == MessageDirection.FromDetainee && m.Status == MailStatus.Received);
        Assert.Contains(parcels, p => p.Status == MailStatus.Refused && p.RefusalReasons.Contains("vodka", StringComparison.Ordinal) && p.RefusalReasons.Contains("Books", StringComparison.Ordinal));
        Assert.Contains(parcels, p => p.Status == MailStatus.Returned && p.RefusalReasons.Contains("weighs", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StoppedForSender && m.UndeliverableReason == UndeliverableReason.Died);

        // Everything confidential is sealed; nothing is there in the clear.
        Assert.All(messages, m => Assert.True(FieldEncryption.LooksSealed(m.SealedText) && FieldEncryption.LooksSealed(m.SealedCorrespondentName)));
        Assert.All(parcels, p => Assert.True(FieldEncryption.LooksSealed(p.SealedSenderName)));
        Assert.DoesNotContain(messages, m => m.SealedText.Contains("живі", StringComparison.Ordinal));

        var batches = await db.MailBatches.AsNoTracking().ToListAsync();
        Assert.Contains(batches, b => b.Status == MailBatchStatus.Open);
        Assert.Contains(batches, b => b.Status == MailBatchStatus.Dispatched);

        // An item still routed to a place its addressee has left.
        var current = await db.Persons.AsNoTracking().Select(p => new { p.Id, p.CurrentPlaceId }).ToDictionaryAsync(p => p.Id, p => p.CurrentPlaceId);
        Assert.Contains(messages, m => m.NeedsRerouting(current[m.PersonId]));

        // The figures on the demo: a limit below the minimum, delivery times per party, late items.
        var audit = new AuditTrail(seeded.Database.NewContext, TestKeys.NewStore(), DemoSeederFixture.Clock());
        await using (audit)
        {
            var reports = new MailReportService(db, DemoSeederFixture.Clock(), audit, new MailSettings(new ParcelRules(5000, MailSettings.DefaultForbiddenItems, true), 30));
            var limits = await reports.LimitsAsync(Actor.System);
            Assert.True(limits.Single(l => l.PartyCode == "RU").BelowMinimum);
            Assert.False(limits.Single(l => l.PartyCode == "UA").BelowMinimum);
            var delays = await reports.DelaysAsync(Actor.System);
            Assert.All(delays.Parties, d => Assert.True(d.Delivered >= 12 && d.MedianDays > 0 && d.Percentile90Days >= d.MedianDays, d.ToString()));
            Assert.True((await reports.LateAsync(Actor.System)).Items.Count >= 2);
            var undeliverable = await reports.UndeliverableAsync(Actor.System);
            Assert.All(undeliverable, u => Assert.True(u.Share > 0, u.ToString()));
        }
    }
}
