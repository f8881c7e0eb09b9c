using Kinlink.Data.Access;
using Kinlink.Data.Mail;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Reports;

/// <summary>
/// The printable summary per party. The figures come from the modules' own reports where they exist (visit coverage,
/// mail delivery times and undeliverable rates), so the summary and those pages never disagree; the rest are counts
/// grouped in the database. Only the intermediary reads it, and each reading is audited.
/// </summary>
public sealed class PartySummaryService(
    KinlinkDbContext db, VisitCoverageService coverage, MailReportService mailReports, AuditTrail audit, TimeProvider clock)
{
    public async Task<PartySummary> SummaryAsync(string partyCode, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        IntermediaryWork.Ensure(actor, "The summary for a party is the intermediary's own, for its dialogue with that party.");
        var code = (partyCode ?? "").Trim().ToUpperInvariant();
        var party = await db.Parties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code && p.Kind == PartyKind.ConflictParty, cancellationToken)
            ?? throw new NotFoundException("Party", code);

        var places = db.Places.AsNoTracking().Where(p => p.HoldingPartyId == party.Id);
        var persons = (await db.Persons.AsNoTracking().VisibleToAsync(db, actor, cancellationToken)).Where(p => p.MergedIntoId == null);
        var held = (await (from person in persons
                           join place in places on person.CurrentPlaceId equals (PlaceId?)place.Id
                           group person by new { place.Code, place.Name, place.NameLatin, person.CurrentStatus } into g
                           select new { g.Key.Code, g.Key.Name, g.Key.NameLatin, g.Key.CurrentStatus, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .Select(g => new PartyHeldCount(g.Code, g.Name, g.NameLatin, g.CurrentStatus, g.Count))
            .OrderBy(h => h.PlaceCode, StringComparer.Ordinal).ThenBy(h => h.Status).ToList();

        var transmissions = db.Transmissions.AsNoTracking().Where(t => t.RecipientPartyId == party.Id);
        var requests = db.VisitRequests.AsNoTracking().Where(r => r.DetainingPartyId == party.Id);
        var partyCoverage = (await coverage.CoverageAsync(actor, cancellationToken)).Parties.FirstOrDefault(p => p.PartyCode == party.Code);
        var delay = (await mailReports.DelaysAsync(actor, cancellationToken)).Parties.FirstOrDefault(d => d.PartyCode == party.Code);
        var undeliverable = (await mailReports.UndeliverableAsync(actor, cancellationToken)).FirstOrDefault(u => u.PartyCode == party.Code);
        var exchanges = db.Exchanges.AsNoTracking().Where(x => x.PartyAId == party.Id || x.PartyBId == party.Id);
        // A medical repatriation sends home a person the party held, that is one who depends on another party.
        var repatriated = await db.MedicalRepatriationCases.AsNoTracking()
            .Where(c => c.Status == MedicalCaseStatus.Repatriated || c.CarriedOutOn != null)
            .CountAsync(c => db.Persons.Any(p => p.Id == c.PersonId && p.DependsOnPartyId != null && p.DependsOnPartyId != party.Id), cancellationToken);
        var proceedings = (await (from j in db.JudicialProceedings.AsNoTracking()
                                  where j.ProsecutingPartyId == party.Id && JudicialProceeding.PendingStages.Contains(j.Stage)
                                  join p in db.Persons.AsNoTracking() on j.PersonId equals p.Id
                                  select new { j.Reference, Person = p.Reference, p.Surname, p.GivenName, p.Patronymic, j.Stage, j.NotifiedOn, j.TrialDate })
                .ToListAsync(cancellationToken))
            .Select(j =>
            {
                var name = string.Join(' ', new[] { j.Surname, j.GivenName, j.Patronymic }.Where(s => s.Length > 0));
                return new PartyPendingProceeding(j.Reference, j.Person.Value, name, PersonService.LatinReading(name), j.Stage, j.NotifiedOn, j.TrialDate);
            })
            .OrderBy(j => j.NotifiedOn ?? DateOnly.MaxValue).ThenBy(j => j.Reference, StringComparer.Ordinal).ToList();

        var summary = new PartySummary(
            party.Code, party.Name, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), held,
            await transmissions.CountAsync(cancellationToken), await transmissions.CountAsync(t => t.AcknowledgedAt == null, cancellationToken),
            await requests.CountAsync(cancellationToken),
            await requests.CountAsync(r => r.AnsweredAt != null, cancellationToken),
            await requests.CountAsync(r => r.Status == VisitRequestStatus.Refused, cancellationToken),
            partyCoverage,
            delay?.Delivered ?? 0, delay?.MedianDays, undeliverable?.Ended ?? 0, undeliverable?.Undeliverable ?? 0, undeliverable?.Share,
            await db.DeathNotifications.AsNoTracking().CountAsync(d => d.ReportedByPartyId == party.Id, cancellationToken),
            await exchanges.CountAsync(x => x.Status == ExchangeStatus.Preparing, cancellationToken),
            await exchanges.CountAsync(x => x.Status == ExchangeStatus.Executed, cancellationToken),
            repatriated, proceedings);
        audit.Record(actor, AuditActions.PartySummaryRead, $"read the summary for party {party.Code}: {summary.HeldTotal} persons, {proceedings.Count} pending proceedings", []);
        return summary;
    }
}
