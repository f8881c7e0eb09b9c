using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Exchanges;

/// <summary>The exchanges, medical repatriation, death, effects and proceedings of one person, for their page.</summary>
public sealed class PersonExchangesService(KinlinkDbContext db, JudicialService judicial)
{
    public async Task<PersonExchanges> OfPersonAsync(PersonId personId, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var parties = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var entries = await db.ExchangeEntries.AsNoTracking().Where(e => e.PersonId == personId)
            .Join(db.Exchanges.AsNoTracking(), e => e.ExchangeId, x => x.Id, (e, x) => new { x.Reference, x.Status, e.ReleasingPartyId, e.Resolution, e.IdentityConfirmed, e.Wish, e.Outcome, e.NotHandedOverReason, e.Id })
            .ToListAsync(cancellationToken);
        var medical = await db.MedicalRepatriationCases.AsNoTracking().Where(m => m.PersonId == personId)
            .Select(m => new PersonMedicalCase(m.Reference, m.Status, m.Decision, m.ProposedOn)).ToListAsync(cancellationToken);
        var deaths = (await db.DeathNotifications.AsNoTracking().Where(d => d.PersonId == personId).ToListAsync(cancellationToken))
            .Select(d => new PersonDeathNotification(d.Reference, d.Status, d.DateOfDeath.ToString())).ToList();
        var packets = await db.EffectsPackets.AsNoTracking().Where(p => p.PersonId == personId)
            .Select(p => new PersonEffectsPacket(p.Reference, p.Status, p.Reason, p.ReceivedOn)).ToListAsync(cancellationToken);
        // Not audited on its own: it is part of the person's page, whose reading is one entry (person.read) with its path.
        return new PersonExchanges(
            [.. entries.OrderByDescending(e => e.Id.Value).Select(e => new PersonExchangeEntry(e.Reference, e.Status, parties.GetValueOrDefault(e.ReleasingPartyId) ?? "", e.Resolution, e.IdentityConfirmed, e.Wish, e.Outcome, e.NotHandedOverReason))],
            [.. medical.OrderByDescending(m => m.ProposedOn)],
            deaths,
            [.. packets.OrderByDescending(p => p.ReceivedOn)],
            await judicial.OfPersonAsync(personId, actor, cancellationToken));
    }
}
