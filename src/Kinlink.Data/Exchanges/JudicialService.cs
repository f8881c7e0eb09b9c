using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// Judicial proceedings against prisoners (GC III art. 99-108), as the intermediary follows them: opened for a registry
/// person, the notification of proceedings (art. 104), the trial, the sentence and where it is served, and the end. A
/// pending proceeding holds the person: exchange verification reads it through <see cref="JudicialLookups"/>.
/// </summary>
public sealed class JudicialService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit)
{
    public async Task<JudicialView> OpenAsync(JudicialInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var errors = new Dictionary<string, string[]>();
        var personId = await PersonLookups.IdAsync(db, input.Person, "person", errors, cancellationToken);
        var partyId = await PartyIdAsync(input.ProsecutingParty, "prosecutingParty", errors, cancellationToken);
        var notifiedOn = ReadDate(input.NotifiedOn, "notifiedOn", errors);
        JudicialProceeding? proceeding = null;
        try
        {
            proceeding = JudicialProceeding.Open(personId ?? default, partyId ?? default, input.Charges, input.LegalProvisions, input.Court, notifiedOn, actor, clock.GetUtcNow());
        }
        catch (ValidationFailedException ex)
        {
            Merge(errors, ex);
        }

        ValidationFailedException.ThrowIfAny(errors);
        db.JudicialProceedings.Add(proceeding!);
        await SaveAsync(proceeding!.Reference, cancellationToken);
        audit.Record(actor, AuditActions.JudicialCreate, $"opened judicial proceeding {proceeding.Reference}", [proceeding.PersonId]);
        return await ViewAsync(proceeding, cancellationToken);
    }

    public async Task<JudicialView> RecordNotificationAsync(string reference, JudicialNotificationInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await ChangeAsync(reference, input.Version, errors => ReadDate(input.NotifiedOn, "notifiedOn", errors, required: true),
            (p, on, now) => p.RecordNotification(on!.Value, actor, now),
            p => $"judicial proceeding {p.Reference}: proceedings notified on {Iso(p.NotifiedOn)}", actor, cancellationToken);
    }

    public async Task<JudicialView> ScheduleTrialAsync(string reference, JudicialTrialInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await ChangeAsync(reference, input.Version, errors => ReadDate(input.TrialDate, "trialDate", errors, required: true),
            (p, on, now) => p.ScheduleTrial(on!.Value, input.Place, string.IsNullOrWhiteSpace(input.Court) ? null : input.Court, actor, now),
            p => $"judicial proceeding {p.Reference}: trial set for {Iso(p.TrialDate)}{(p.NoticeShort ? " (notice short of three weeks)" : "")}", actor, cancellationToken);
    }

    public async Task<JudicialView> RecordSentenceAsync(string reference, JudicialSentenceInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        PlaceId? servedAt = null;
        if (!string.IsNullOrWhiteSpace(input.ServedAt))
        {
            var code = input.ServedAt.Trim().ToUpperInvariant();
            servedAt = await db.Places.AsNoTracking().Where(p => p.Code == code).Select(p => (PlaceId?)p.Id).SingleOrDefaultAsync(cancellationToken);
        }

        return await ChangeAsync(reference, input.Version, errors =>
            {
                var endsOn = ReadDate(input.EndsOn, "sentenceEndsOn", errors);
                if (!string.IsNullOrWhiteSpace(input.ServedAt) && servedAt is null)
                {
                    errors["servedAt"] = [$"'{input.ServedAt.Trim()}' is not a known place-of-detention code."];
                }

                return (ReadDate(input.SentencedOn, "sentencedOn", errors, required: true), endsOn);
            },
            (p, dates, now) => p.RecordSentence(dates.Item1!.Value, input.Sentence, input.DeathSentence, dates.endsOn, servedAt, actor, now),
            p => $"judicial proceeding {p.Reference}: sentenced on {Iso(p.SentencedOn)}{(p.DeathSentence ? " to death" : "")}", actor, cancellationToken);
    }

    public async Task<JudicialView> CloseAsync(string reference, JudicialCloseInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await ChangeAsync(reference, input.Version, errors =>
            {
                JudicialStage? outcome = null;
                if (string.IsNullOrWhiteSpace(input.Outcome) || !ExchangeCodes.TryParse<JudicialStage>(input.Outcome, ExchangeCodes.Of, out var stage))
                {
                    errors["outcome"] = [$"Say how the proceeding ended: {ExchangeCodes.Of(JudicialStage.Acquitted)}, {ExchangeCodes.Of(JudicialStage.Discontinued)} or {ExchangeCodes.Of(JudicialStage.SentenceCompleted)}."];
                }
                else
                {
                    outcome = stage;
                }

                return (outcome, ReadDate(input.On, "closedOn", errors, required: true));
            },
            (p, read, now) => p.Close(read.outcome!.Value, read.Item2!.Value, input.Note, actor, now),
            p => $"judicial proceeding {p.Reference}: closed {ExchangeCodes.Of(p.Stage)} on {Iso(p.ClosedOn)}", actor, cancellationToken);
    }

    public async Task<PagedResult<JudicialSummary>> ListAsync(JudicialQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var proceedings = db.JudicialProceedings.AsNoTracking();
        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrWhiteSpace(query.Stage))
        {
            var stage = ExchangeCodes.Parse<JudicialStage>(query.Stage, ExchangeCodes.Of, "stage", "a stage of a judicial proceeding");
            proceedings = proceedings.Where(p => p.Stage == stage);
        }

        if (query.PendingOnly)
        {
            var pending = JudicialProceeding.PendingStages.ToList();
            proceedings = proceedings.Where(p => pending.Contains(p.Stage));
        }

        if (!string.IsNullOrWhiteSpace(query.Party))
        {
            var partyId = await PartyIdAsync(query.Party, "party", errors, cancellationToken);
            proceedings = proceedings.Where(p => p.ProsecutingPartyId == partyId);
        }

        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            var personId = await PersonLookups.IdAsync(db, query.Person, "person", errors, cancellationToken);
            proceedings = proceedings.Where(p => p.PersonId == personId);
        }

        ValidationFailedException.ThrowIfAny(errors);
        var total = await proceedings.CountAsync(cancellationToken);
        // Newest first by id: version-7 ids sort by creation time on both providers.
        var rows = await proceedings.OrderByDescending(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var items = await SummariesAsync(rows, cancellationToken);
        var terms = new[] { ("stage", query.Stage), ("party", query.Party), ("person", query.Person), ("pending", query.PendingOnly ? "yes" : null) }
            .Where(t => !string.IsNullOrWhiteSpace(t.Item2)).Select(t => $"{t.Item1}={t.Item2!.Trim()}");
        audit.Record(actor, AuditActions.JudicialList,
            string.Create(CultureInfo.InvariantCulture, $"judicial proceedings {string.Join(' ', terms)} page {page} of size {pageSize}, {total} found"),
            rows.Select(p => p.PersonId).Distinct());
        return new PagedResult<JudicialSummary>(items, total, page, pageSize);
    }

    public async Task<JudicialView> GetAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var proceeding = await FindAsync(reference, tracking: false, cancellationToken);
        audit.Record(actor, AuditActions.JudicialRead, $"read judicial proceeding {proceeding.Reference}", [proceeding.PersonId]);
        return await ViewAsync(proceeding, cancellationToken);
    }

    /// <summary>The proceedings of one person, newest first, for their page (read as part of it, not audited on its own).</summary>
    public async Task<IReadOnlyList<JudicialSummary>> OfPersonAsync(PersonId personId, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var rows = await db.JudicialProceedings.AsNoTracking().Where(p => p.PersonId == personId).OrderByDescending(p => p.Id).ToListAsync(cancellationToken);
        return await SummariesAsync(rows, cancellationToken);
    }

    private async Task<JudicialView> ChangeAsync<T>(string reference, int? version, Func<Dictionary<string, string[]>, T> read, Action<JudicialProceeding, T, DateTimeOffset> change,
        Func<JudicialProceeding, string> summary, Actor actor, CancellationToken cancellationToken)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var proceeding = await FindAsync(reference, tracking: true, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var values = read(errors);
        if (version is null)
        {
            errors["version"] = ["Send the version you read, so a change made meanwhile is not overwritten."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        if (proceeding.Version != version)
        {
            throw new ConflictException($"Judicial proceeding {proceeding.Reference} was changed by someone else (version {proceeding.Version}, you had {version}). Reload it and make your change again.");
        }

        change(proceeding, values, clock.GetUtcNow());
        await SaveAsync(proceeding.Reference, cancellationToken);
        audit.Record(actor, AuditActions.JudicialChange, summary(proceeding), [proceeding.PersonId]);
        return await ViewAsync(proceeding, cancellationToken);
    }

    private async Task<JudicialProceeding> FindAsync(string reference, bool tracking, CancellationToken cancellationToken)
    {
        var normalized = ExchangeReference.Normalize(reference, ExchangeReference.JudicialPrefix) ?? throw new NotFoundException("Judicial proceeding", (reference ?? "").Trim());
        var proceedings = tracking ? db.JudicialProceedings : db.JudicialProceedings.AsNoTracking();
        return await proceedings.SingleOrDefaultAsync(p => p.Reference == normalized, cancellationToken)
            ?? throw new NotFoundException("Judicial proceeding", normalized);
    }

    private async Task<IReadOnlyList<JudicialSummary>> SummariesAsync(IReadOnlyList<JudicialProceeding> proceedings, CancellationToken cancellationToken)
    {
        var persons = await ExchangePersons.ViewsAsync(db, proceedings.Select(p => p.PersonId), cancellationToken);
        var parties = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        return proceedings.Select(p => new JudicialSummary(p.Reference, p.Stage, p.IsPending, persons[p.PersonId], parties.GetValueOrDefault(p.ProsecutingPartyId) ?? "",
            p.Court, p.NotifiedOn, p.TrialDate, p.NoticeShort, p.SentencedOn, p.DeathSentence, p.EarliestExecutionOn, p.Version)).ToList();
    }

    private async Task<JudicialView> ViewAsync(JudicialProceeding p, CancellationToken cancellationToken)
    {
        var summary = (await SummariesAsync([p], cancellationToken))[0];
        var place = p.ServedAtPlaceId is { } placeId
            ? await db.Places.AsNoTracking().Where(x => x.Id == placeId).Select(x => new { x.Code, x.Name }).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new JudicialView(summary, p.Charges, p.LegalProvisions, p.TrialPlace, p.Sentence, p.SentenceEndsOn, place?.Code, place?.Name, p.StageNote, p.ClosedOn,
            p.CreatedAt, p.CreatedBy, p.UpdatedAt, p.UpdatedBy);
    }

    private async Task<PartyId?> PartyIdAsync(string? code, string field, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            errors[field] = ["Give the party's code."];
            return null;
        }

        var wanted = code.Trim().ToUpperInvariant();
        var id = await db.Parties.AsNoTracking().Where(p => p.Code == wanted).Select(p => (PartyId?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            errors[field] = [$"'{code.Trim()}' is not a known party code."];
        }

        return id;
    }

    private async Task SaveAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"Judicial proceeding {reference} was changed by someone else meanwhile. Reload it and make your change again.");
        }
    }

    // One reader of YYYY-MM-DD for the services' forms, with the message naming the field.
    private static DateOnly? ReadDate(string? text, string field, Dictionary<string, string[]> errors, bool required = false) =>
        Visits.VisitService.ParseDate(text, field, required, errors);

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static void Merge(Dictionary<string, string[]> errors, ValidationFailedException ex)
    {
        foreach (var (key, value) in ex.Errors)
        {
            errors.TryAdd(key, value);
        }
    }
}
