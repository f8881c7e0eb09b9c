using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Mail;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// Repatriation of the seriously wounded and sick (GC III art. 109-117, Annex II): a case proposed to a mixed medical
/// commission with the diagnosis sealed, the prisoner's wish from a private interview, the commission's decision and when
/// the detaining power was told of it (three months to carry it out), and the execution: a repatriation goes on the
/// person's timeline in the same save. Accommodation in a neutral country is recorded on the case only, since the
/// registry has no event for it.
/// </summary>
public sealed class MedicalCaseService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit, FieldEncryption encryption)
{
    private const string What = "Medical repatriation case";

    public async Task<MedicalCaseView> ProposeAsync(MedicalCaseInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var errors = new Dictionary<string, string[]>();
        var personId = await PersonLookups.IdAsync(db, input.Person, "person", errors, cancellationToken);
        MedicalGrounds grounds = default;
        if (!ExchangeCodes.TryParse(input.Grounds, ExchangeCodes.Of, out grounds))
        {
            errors["grounds"] = [$"Choose the grounds (art. 110): {ExchangeCodes.List<MedicalGrounds>(ExchangeCodes.Of)}."];
        }

        var proposedOn = ExchangeDates.Read(input.ProposedOn, "proposedOn", true, errors);
        MedicalRepatriationCase? medicalCase = null;
        try
        {
            medicalCase = MedicalRepatriationCase.Propose(personId ?? default, grounds == default ? MedicalGrounds.Incurable : grounds, input.Diagnosis, input.ProposedBy,
                proposedOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ExchangeSeals.ForDiagnosis(encryption), actor, clock.GetUtcNow());
        }
        catch (ValidationFailedException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                errors.TryAdd(field, messages);
            }
        }

        ValidationFailedException.ThrowIfAny(errors);
        db.MedicalRepatriationCases.Add(medicalCase!);
        await MailLookups.SaveAsync(db, "medical repatriation case", cancellationToken);
        audit.Record(actor, AuditActions.MedicalCaseCreate, $"proposed medical repatriation case {medicalCase!.Reference} on grounds {ExchangeCodes.Of(medicalCase.Grounds)}", [medicalCase.PersonId]);
        return await ViewAsync(medicalCase, cancellationToken);
    }

    public async Task<MedicalCaseView> RecordWishAsync(string reference, MedicalCaseStepInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var medicalCase = await ChangeableAsync(reference, input.Version, actor, cancellationToken);
        if (!ExchangeCodes.TryParse(input.Wish, ExchangeCodes.Of, out RepatriationWish wish))
        {
            throw new ValidationFailedException("wish", "Say what the person wants: yes, no or undecided.");
        }

        medicalCase.RecordWish(wish, input.HeldInPrivate, actor, clock.GetUtcNow());
        return await SaveAsync(medicalCase, $"recorded the wish ({ExchangeCodes.Of(wish)}) in case {medicalCase.Reference}", actor, cancellationToken);
    }

    public async Task<MedicalCaseView> RecordDecisionAsync(string reference, MedicalCaseStepInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var medicalCase = await ChangeableAsync(reference, input.Version, actor, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var examinedOn = ExchangeDates.Read(input.ExaminedOn, "examinedOn", true, errors);
        var communicatedOn = ExchangeDates.Read(input.DecisionCommunicatedOn, "decisionCommunicatedOn", false, errors);
        if (!ExchangeCodes.TryParse(input.Decision, ExchangeCodes.Of, out CommissionDecision decision))
        {
            errors["decision"] = [$"Choose the commission's decision: {ExchangeCodes.List<CommissionDecision>(ExchangeCodes.Of)}."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        medicalCase.RecordDecision(examinedOn!.Value, input.ExaminationPlace, decision, input.DecisionNote, communicatedOn, actor, clock.GetUtcNow());
        return await SaveAsync(medicalCase, $"recorded the commission's decision ({ExchangeCodes.Of(decision)}) in case {medicalCase.Reference}", actor, cancellationToken);
    }

    /// <summary>Carries the decision out: a repatriation (A) records the person's "repatriated" event in the same save and stops their mail; an accommodation (B) stays on the case.</summary>
    public async Task<MedicalCaseView> CarryOutAsync(string reference, MedicalCaseStepInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var medicalCase = await ChangeableAsync(reference, input.Version, actor, cancellationToken);
        var on = ExchangeDates.Required(input.CarriedOutOn, "carriedOutOn");
        var now = clock.GetUtcNow();
        medicalCase.CarryOut(on, actor, now);
        StatusEvent? repatriated = null;
        if (medicalCase.Decision == CommissionDecision.Repatriation)
        {
            var person = await ExchangeRecordLookups.PersonWithTimelineAsync(db, medicalCase.PersonId, cancellationToken);
            repatriated = person.RecordEvent(new StatusEventDraft(StatusEventKind.Repatriated, PartialDate.FromDate(on), SourceLabel: $"medical repatriation {medicalCase.Reference}"), actor, now);
        }

        var view = await SaveAsync(medicalCase,
            $"carried out case {medicalCase.Reference} on {on:yyyy-MM-dd} ({ExchangeCodes.Of(medicalCase.Decision)}){(repatriated is null ? "" : ", repatriation recorded on the timeline")}", actor, cancellationToken);
        if (repatriated is not null)
        {
            await MailStopping.StopForPersonsAsync(db, [medicalCase.PersonId], audit, actor, now, cancellationToken);
        }

        return view;
    }

    public async Task<MedicalCaseView> CloseAsync(string reference, MedicalCaseStepInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var medicalCase = await ChangeableAsync(reference, input.Version, actor, cancellationToken);
        medicalCase.Close(input.Note, actor, clock.GetUtcNow());
        return await SaveAsync(medicalCase, $"closed case {medicalCase.Reference} without repatriation", actor, cancellationToken);
    }

    public async Task<PagedResult<MedicalCaseSummary>> ListAsync(MedicalCaseQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var cases = db.MedicalRepatriationCases.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = ExchangeCodes.Parse<MedicalCaseStatus>(query.Status, ExchangeCodes.Of, "status", "a status of a medical case");
            cases = cases.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            var personId = await ExchangeRecordLookups.PersonIdAsync(db, query.Person, cancellationToken);
            cases = cases.Where(c => c.PersonId == personId);
        }

        var today = Today();
        List<MedicalRepatriationCase> rows;
        int total;
        if (query.OverdueOnly)
        {
            // The due day is computed from the communication date: the decided cases are few, so they are filtered here.
            var decided = await cases.Where(c => c.Status == MedicalCaseStatus.Decided && c.DecisionCommunicatedOn != null).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
            var overdue = decided.Where(c => IsOverdue(c, today)).ToList();
            total = overdue.Count;
            rows = overdue.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        }
        else
        {
            total = await cases.CountAsync(cancellationToken);
            rows = await cases.OrderByDescending(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        }

        var persons = await ExchangeRecordLookups.IdentitiesAsync(db, rows.Select(c => c.PersonId), cancellationToken);
        var items = rows.Select(c =>
        {
            var person = persons[c.PersonId];
            return new MedicalCaseSummary(c.Reference, person.Reference, person.FullName, person.LatinName, ExchangeCodes.Of(c.Grounds), c.ProposedOn, ExchangeCodes.Of(c.Wish),
                ExchangeCodes.Of(c.Decision), ExchangeCodes.Of(c.Status), c.ExecutionDueBy, IsOverdue(c, today));
        }).ToList();
        audit.Record(actor, AuditActions.MedicalCaseList,
            string.Create(CultureInfo.InvariantCulture, $"medical repatriation cases{(string.IsNullOrWhiteSpace(query.Status) ? "" : $" status={query.Status.Trim()}")}{(query.OverdueOnly ? " overdue" : "")} page {page} of size {pageSize}, {total} found"),
            rows.Select(c => c.PersonId).Distinct());
        return new PagedResult<MedicalCaseSummary>(items, total, page, pageSize);
    }

    public async Task<MedicalCaseView> GetAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var medicalCase = await FindAsync(reference, tracking: false, cancellationToken);
        audit.Record(actor, AuditActions.MedicalCaseRead, $"read medical repatriation case {medicalCase.Reference}", [medicalCase.PersonId]);
        return await ViewAsync(medicalCase, cancellationToken);
    }

    /// <summary>Opens the sealed diagnosis; the route lets only the readers of medical confidences call it, and every reading is audited.</summary>
    public async Task<string> ReadDiagnosisAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var medicalCase = await FindAsync(reference, tracking: false, cancellationToken);
        var diagnosis = ExchangeSeals.OpenDiagnosis(encryption, medicalCase);
        audit.Record(actor, AuditActions.MedicalCaseRead, $"read the diagnosis of medical repatriation case {medicalCase.Reference}", [medicalCase.PersonId]);
        return diagnosis;
    }

    private static bool IsOverdue(MedicalRepatriationCase medicalCase, DateOnly today) =>
        medicalCase.Status == MedicalCaseStatus.Decided && medicalCase.ExecutionDueBy is { } due && due < today;

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<MedicalRepatriationCase> ChangeableAsync(string reference, int? version, Actor actor, CancellationToken cancellationToken)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var medicalCase = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(medicalCase.Version, version, "medical repatriation case");
        return medicalCase;
    }

    private async Task<MedicalCaseView> SaveAsync(MedicalRepatriationCase medicalCase, string description, Actor actor, CancellationToken cancellationToken)
    {
        await MailLookups.SaveAsync(db, "medical repatriation case", cancellationToken);
        audit.Record(actor, AuditActions.MedicalCaseChange, description, [medicalCase.PersonId]);
        return await ViewAsync(medicalCase, cancellationToken);
    }

    private async Task<MedicalRepatriationCase> FindAsync(string reference, bool tracking, CancellationToken cancellationToken)
    {
        var normalized = ExchangeRecordLookups.Reference(reference, ExchangeReference.MedicalPrefix, What);
        var query = tracking ? db.MedicalRepatriationCases : db.MedicalRepatriationCases.AsNoTracking();
        return await query.SingleOrDefaultAsync(c => c.Reference == normalized, cancellationToken) ?? throw new NotFoundException(What, normalized);
    }

    private async Task<MedicalCaseView> ViewAsync(MedicalRepatriationCase medicalCase, CancellationToken cancellationToken)
    {
        var person = (await ExchangeRecordLookups.IdentitiesAsync(db, [medicalCase.PersonId], cancellationToken))[medicalCase.PersonId];
        return new MedicalCaseView(medicalCase, person, medicalCase.ExecutionDueBy, IsOverdue(medicalCase, Today()));
    }
}
