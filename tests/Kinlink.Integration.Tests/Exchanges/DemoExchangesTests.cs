using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Registry;
using Kinlink.Integration.Tests.Registry;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Exchanges;

public sealed class DemoExchangesTests(DemoSeederFixture fixture) : IClassFixture<DemoSeederFixture>
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_demo_has_an_executed_and_a_prepared_exchange_a_medical_case_a_death_with_its_effects_two_proceedings_and_a_family_to_tell(DatabaseKind kind)
    {
        var seeded = await fixture.SeededAsync(kind);
        await using var db = seeded.Database.NewContext();
        var exchanges = await db.Exchanges.AsNoTracking().Include(x => x.Entries).ToListAsync();
        var sources = await db.SourceLists.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Label);

        var executed = Assert.Single(exchanges, x => x.Status == ExchangeStatus.Executed);
        Assert.NotEmpty(executed.BalanceNote);
        var declined = Assert.Single(executed.Entries, e => e.Outcome == HandoverOutcome.NotHandedOver);
        Assert.Equal(NotHandedOverReason.Declined, declined.NotHandedOverReason);
        Assert.Equal(RepatriationWish.No, declined.Wish);
        var handedOver = executed.Entries.Where(e => e.Outcome == HandoverOutcome.HandedOver).Select(e => e.PersonId!.Value).ToList();
        Assert.Equal(5, handedOver.Count);
        var events = await db.StatusEvents.AsNoTracking().Where(e => handedOver.Contains(e.PersonId) && e.Kind == StatusEventKind.Repatriated).ToListAsync();
        Assert.Equal(5, events.Count);
        Assert.All(events, e => Assert.Equal($"exchange {executed.Reference}", sources[e.SourceListId!.Value]));
        Assert.All(await db.Persons.AsNoTracking().Where(p => handedOver.Contains(p.Id)).Select(p => p.CurrentStatus).ToListAsync(), s => Assert.Equal(PersonStatus.Repatriated, s));
        Assert.Equal(PersonStatus.Held, await db.Persons.Where(p => p.Id == declined.PersonId).Select(p => p.CurrentStatus).SingleAsync());

        var prepared = Assert.Single(exchanges, x => x.Status == ExchangeStatus.Preparing);
        Assert.Contains(prepared.Entries, e => e.Resolution == ExchangeResolution.Ambiguous && e.PersonId is null);

        var medical = Assert.Single(await db.MedicalRepatriationCases.AsNoTracking().ToListAsync());
        Assert.Equal(MedicalCaseStatus.Proposed, medical.Status);
        Assert.True(Kinlink.Data.Access.FieldEncryption.LooksSealed(medical.SealedDiagnosis));

        var death = Assert.Single(await db.DeathNotifications.AsNoTracking().ToListAsync());
        var packet = Assert.Single(await db.EffectsPackets.AsNoTracking().Include(p => p.Items).ToListAsync());
        Assert.Equal(death.Id, packet.DeathNotificationId);
        Assert.Equal(EffectsPacketStatus.Held, packet.Status);
        Assert.Equal(3, packet.Items.Count);
        var died = await db.StatusEvents.AsNoTracking().SingleAsync(e => e.PersonId == death.PersonId && e.Kind == StatusEventKind.Died);
        Assert.Equal($"death notification {death.Reference}", sources[died.SourceListId!.Value]);

        var proceedings = await db.JudicialProceedings.AsNoTracking().ToListAsync();
        Assert.Equal([JudicialStage.TrialScheduled, JudicialStage.Sentenced], proceedings.Select(p => p.Stage).Order());
        Assert.Contains(proceedings, p => p.Stage == JudicialStage.Sentenced && p.ServedAtPlaceId is not null && p.SentenceEndsOn is not null);
        Assert.DoesNotContain(proceedings, p => handedOver.Contains(p.PersonId));

        // Nothing is left on its way to those who went home or died (the seeding stops no mail, having no trail to audit it in).
        var ended = handedOver.Append(death.PersonId).ToList();
        var open = new[] { MailStatus.Received, MailStatus.Cleared, MailStatus.InTransit };
        Assert.False(await db.Messages.AnyAsync(m => ended.Contains(m.PersonId) && m.Direction == MessageDirection.ToDetainee && open.Contains(m.Status)));
        Assert.False(await db.Parcels.AnyAsync(p => ended.Contains(p.PersonId) && open.Contains(p.Status)));

        // The families' worklist: the located case whose man came home, by the exchange.
        var audit = Testing.TestAudit.For(db);
        await using (audit)
        {
            // Reading the worklist changes no case: the case service it uses to record a death is not needed here.
            var worklist = await new FamilyNewsService(db, DemoSeederFixture.Clock(), audit, null!).WorklistAsync(Actor.System);
            var row = Assert.Single(worklist, r => r.Source == $"exchange {executed.Reference}");
            Assert.Equal(StatusEventKind.Repatriated, row.Outcome);
            Assert.Equal(10, row.WaitingDays);
        }
    }
}
