using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Duplicates;
using Kinlink.Data.Registry.Matching;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Scoring;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Tracing;

/// <summary>
/// The caseworkers' review of what matching proposed: the worklist, a candidate beside its enquiry, confirming or
/// rejecting it with a reason; and enquiries about the same sought person, suggested and linked into one case by a
/// caseworker. Enquiries are the intermediary's confidential records: a party's account is refused here too.
/// </summary>
public sealed class EnquiryReviewService(KinlinkDbContext db, PersonService persons, TimeProvider clock, AuditTrail audit, MatchStatisticsCache statistics)
{
    public const int MaxReasonLength = 1000;

    /// <summary>At most this many similar enquiries are suggested.</summary>
    public const int SimilarLimit = 10;

    /// <summary>Candidates in a state (proposed by default), newest first.</summary>
    public async Task<PagedResult<EnquiryCandidateSummary>> ListAsync(EnquiryCandidateState state, int? page, int? pageSize, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var (pageNumber, size) = Paging.Normalise(page, pageSize);
        var candidates = db.EnquiryCandidates.AsNoTracking().Where(c => c.State == state);
        var total = await candidates.CountAsync(cancellationToken);
        // A candidate brought back after a rejection sorts by when it returned, not by when it was first found.
        var rows = await candidates.OrderByDescending(c => c.FirstSeenAt).ThenByDescending(c => c.Id)
            .Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        var summaries = await SummariseAsync(rows, cancellationToken);
        audit.Record(actor, AuditActions.EnquiryCandidatesList, string.Create(CultureInfo.InvariantCulture,
            $"enquiry candidates {TracingMatchCodes.Of(state)} page {pageNumber} of size {size}, {total} found: {string.Join(' ', summaries.Select(s => s.EnquiryReference).Distinct())}"),
            rows.Select(c => c.PersonId).Distinct());
        return new PagedResult<EnquiryCandidateSummary>(summaries, total, pageNumber, size);
    }

    /// <summary>Every candidate of one enquiry, proposed first, then by score.</summary>
    public async Task<IReadOnlyList<EnquiryCandidateSummary>> CandidatesOfAsync(string enquiryIdOrReference, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var enquiry = await FindEnquiryAsync(enquiryIdOrReference, tracked: false, cancellationToken);
        var rows = await db.EnquiryCandidates.AsNoTracking().Where(c => c.EnquiryId == enquiry.Id).ToListAsync(cancellationToken);
        rows = rows.OrderBy(c => c.State).ThenByDescending(c => c.Score).ToList();
        audit.Record(actor, AuditActions.EnquiryCandidatesList, $"candidates of enquiry {enquiry.Reference.Value}: {rows.Count}", rows.Select(c => c.PersonId));
        return await SummariseAsync(rows, cancellationToken);
    }

    public async Task<EnquiryCandidateView> GetAsync(EnquiryCandidateId id, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var candidate = await db.EnquiryCandidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("Enquiry candidate", id.ToString());
        var enquiry = await db.Enquiries.AsNoTracking().SingleAsync(e => e.Id == candidate.EnquiryId, cancellationToken);
        var person = await db.Persons.AsNoTracking().Include(p => p.NameForms).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == candidate.PersonId, cancellationToken)
            ?? throw new NotFoundException("Person", candidate.PersonId.ToString());
        var party = person.DependsOnPartyId is { } partyId
            ? await db.Parties.AsNoTracking().Where(p => p.Id == partyId).Select(p => p.Code).SingleOrDefaultAsync(cancellationToken)
            : null;
        var soughtParty = enquiry.SoughtDependsOnPartyId is { } soughtPartyId
            ? await db.Parties.AsNoTracking().Where(p => p.Id == soughtPartyId).Select(p => p.Code).SingleOrDefaultAsync(cancellationToken)
            : null;
        var summary = (await persons.SummariseAsync([person], cancellationToken))[0];
        var source = (await SourcesAsync([candidate], cancellationToken)).GetValueOrDefault(candidate.Id);

        // The explanation is computed now, with the registry's name counts as they are, as the duplicate pair page does.
        var sought = EnquiryMatchRecords.Of(enquiry);
        var soughtForm = PreparedRecord.From(sought);
        var forms = RegistryMatchRecords.Of(person).Select(r => (Record: r, Prepared: PreparedRecord.From(r))).ToList();
        var scorer = await new StoredMatcher(db, statistics).ScorerForAsync(forms.Select(f => f.Prepared).Append(soughtForm).ToList(), cancellationToken);
        var best = forms.Select(f => (f.Record, Pair: scorer.Score(soughtForm, f.Prepared))).DefaultIfEmpty().MaxBy(x => x.Pair?.Score ?? double.NaN);
        audit.Record(actor, AuditActions.EnquiryCandidateRead, $"candidate {person.Reference.Value} for enquiry {enquiry.Reference.Value}", [person.Id]);
        return new EnquiryCandidateView(candidate, enquiry, soughtParty, person, summary, party, source,
            best.Pair?.Score ?? double.NaN, best.Pair?.Explanation.Select(e => e.Text).ToList() ?? [], scorer.PriorText(),
            Written(sought), best.Record is null ? "" : Written(best.Record), Registry.Matching.MatchReasons.Of(best.Pair, scorer));
    }

    /// <summary>Confirms the candidate as the sought person: the enquiry is linked to the person, the enquiry's other proposals are superseded.</summary>
    public async Task<EnquiryCandidate> ConfirmAsync(EnquiryCandidateId id, string? reason, int? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var note = Reason(reason, "Say why this is the person sought, for example \"same name, patronymic and date of birth; unit matches\".");
        var candidate = await LoadAsync(id, expectedVersion, cancellationToken);
        var enquiry = await db.Enquiries.SingleAsync(e => e.Id == candidate.EnquiryId, cancellationToken);
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == candidate.PersonId).Select(p => new { p.Id, p.Reference }).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow();
        enquiry.LinkPerson(candidate.PersonId, actor, now);
        candidate.Confirm(note, await RevisionOfAsync(candidate.PersonId, cancellationToken), actor, now);
        // The enquiry is about one person: once one is confirmed the other proposals would only sit in the worklist.
        // They are kept, marked, so the record shows what else was proposed.
        var others = await db.EnquiryCandidates.Where(c => c.EnquiryId == candidate.EnquiryId && c.Id != candidate.Id && c.State == EnquiryCandidateState.Proposed).ToListAsync(cancellationToken);
        foreach (var other in others)
        {
            other.Supersede(actor, now);
        }

        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.EnquiryCandidateConfirm,
            $"confirmed {person.Reference.Value} as the person sought by enquiry {enquiry.Reference.Value} ({note}); {others.Count} other proposals superseded", [person.Id]);
        return candidate;
    }

    /// <summary>Rejects the candidate; it is not proposed again unless the person's record changes after now.</summary>
    public async Task<EnquiryCandidate> RejectAsync(EnquiryCandidateId id, string? reason, int? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var note = Reason(reason, "Say why this is not the person sought, for example \"another father, born 1988\".");
        var candidate = await LoadAsync(id, expectedVersion, cancellationToken);
        var enquiry = await db.Enquiries.AsNoTracking().Where(e => e.Id == candidate.EnquiryId).Select(e => e.Reference).SingleAsync(cancellationToken);
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == candidate.PersonId).Select(p => p.Reference).SingleAsync(cancellationToken);
        candidate.Reject(note, await RevisionOfAsync(candidate.PersonId, cancellationToken), actor, clock.GetUtcNow());
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.EnquiryCandidateReject, $"rejected {person.Value} for enquiry {enquiry.Value} ({note})", [candidate.PersonId]);
        return candidate;
    }

    /// <summary>
    /// Other enquiries whose sought person may be the same: the enquiry's record keys (<c>CandidateKeys.ForRecord</c>)
    /// meet the other enquiries' stored probe keys, and the pairs are scored by the same scorer as registry matches.
    /// </summary>
    public async Task<IReadOnlyList<SimilarEnquiry>> SimilarAsync(string enquiryIdOrReference, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var enquiry = await FindEnquiryAsync(enquiryIdOrReference, tracked: false, cancellationToken);
        var form = PreparedRecord.From(EnquiryMatchRecords.Of(enquiry));
        var keys = CandidateKeys.ForRecord(form).Select(MatchKeyCalculator.Hash).ToList();
        var own = await db.EnquiryMatchSubjects.AsNoTracking().Where(s => s.EnquiryId == enquiry.Id).Select(s => (int?)s.Number).SingleOrDefaultAsync(cancellationToken) ?? 0;
        var shared = (await db.EnquiryMatchKeys.AsNoTracking().Where(k => keys.Contains(k.Key) && k.Number != own)
            .GroupBy(k => k.Number).Select(g => new { Number = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.Number, x => x.Count);
        var chosen = CandidateKeys.SelectForScoring(shared);
        var subjects = await db.EnquiryMatchSubjects.AsNoTracking().Where(s => chosen.Contains(s.Number)).ToListAsync(cancellationToken);
        var others = subjects.Select(s => (s.EnquiryId, Form: MatchForms.Split(s.Number.ToString(CultureInfo.InvariantCulture), s.Forms)[0])).ToList();
        var scorer = await new StoredMatcher(db, statistics).ScorerForAsync(others.Select(o => o.Form).Append(form).ToList(), cancellationToken);
        var scored = others.Select(o => (o.EnquiryId, Score: scorer.ScoreOnly(o.Form, form)))
            .Where(o => o.Score >= EnquiryMatchingService.ReviewThreshold).OrderByDescending(o => o.Score).ThenBy(o => o.EnquiryId.Value).ToList();
        var shown = scored.Take(SimilarLimit).ToList();
        var buckets = Buckets.Assign(shown.Select(o => (o.EnquiryId.Value.ToString(), new ScoredPair(o.Score, []))).ToList(),
            scored.Count > shown.Count ? scored[shown.Count].Score : null, scorer.Model);
        var ids = shown.Select(o => o.EnquiryId).ToList();
        var loaded = await db.Enquiries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var result = shown.Select((o, i) => (o, i)).Where(x => loaded.ContainsKey(x.o.EnquiryId))
            .Select(x => new SimilarEnquiry(EnquiryService.Summarise(loaded[x.o.EnquiryId]), x.o.Score, buckets[x.i].Bucket, loaded[x.o.EnquiryId].CaseId == enquiry.CaseId)).ToList();
        audit.Record(actor, AuditActions.EnquirySimilar,
            $"enquiries similar to {enquiry.Reference.Value}: {string.Join(' ', result.Select(r => r.Enquiry.Reference))}", []);
        return result;
    }

    /// <summary>The enquiries of the case this enquiry belongs to, oldest first.</summary>
    public async Task<EnquiryCase> CaseOfAsync(string enquiryIdOrReference, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var enquiry = await FindEnquiryAsync(enquiryIdOrReference, tracked: false, cancellationToken);
        var members = await db.Enquiries.AsNoTracking().Where(e => e.CaseId == enquiry.CaseId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        audit.Record(actor, AuditActions.EnquiryRead, $"case of enquiry {enquiry.Reference.Value}: {string.Join(' ', members.Select(m => m.Reference.Value))}", []);
        return new EnquiryCase(enquiry.CaseId, members.Select(EnquiryService.Summarise).ToList());
    }

    /// <summary>
    /// Links two enquiries into one case: the enquiry's whole case joins the other's, so that a mother's and a wife's
    /// enquiries, and whatever was linked to either before, are one case.
    /// </summary>
    public async Task<EnquiryCase> LinkCaseAsync(string enquiryIdOrReference, string? withEnquiry, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        if (string.IsNullOrWhiteSpace(withEnquiry))
        {
            throw new ValidationFailedException("withEnquiry", "Name the enquiry (its ENQ- reference) to link this one with.");
        }

        var note = Reason(reason, "Say why both enquiries seek the same person, for example \"mother and wife of the same soldier; same unit\".");
        var enquiry = await FindEnquiryAsync(enquiryIdOrReference, tracked: true, cancellationToken);
        var other = await TryFindEnquiryAsync(withEnquiry, tracked: true, cancellationToken)
            ?? throw new ValidationFailedException("withEnquiry", $"There is no enquiry '{withEnquiry.Trim()}'.");
        if (other.Id == enquiry.Id)
        {
            throw new ValidationFailedException("withEnquiry", "An enquiry cannot be linked with itself: name another enquiry.");
        }

        if (other.CaseId == enquiry.CaseId)
        {
            throw new ConflictException($"Enquiries {enquiry.Reference.Value} and {other.Reference.Value} are already one case.");
        }

        var moving = await db.Enquiries.Where(e => e.CaseId == enquiry.CaseId).ToListAsync(cancellationToken);
        foreach (var member in moving)
        {
            member.JoinCase(other.CaseId);
        }

        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.EnquiryCaseLink,
            $"linked {string.Join(' ', moving.Select(m => m.Reference.Value))} into the case of {other.Reference.Value} ({note})", []);
        return await CaseAsync(other.CaseId, cancellationToken);
    }

    /// <summary>Takes the enquiry out of its case into one of its own; if the case was named after it, the rest keep theirs under the oldest of them.</summary>
    public async Task<EnquiryCase> UnlinkCaseAsync(string enquiryIdOrReference, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var note = Reason(reason, "Say why this enquiry is about another person than the rest of its case.");
        var enquiry = await FindEnquiryAsync(enquiryIdOrReference, tracked: true, cancellationToken);
        var rest = await db.Enquiries.Where(e => e.CaseId == enquiry.CaseId && e.Id != enquiry.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        if (rest.Count == 0)
        {
            throw new ConflictException($"Enquiry {enquiry.Reference.Value} is not linked with any other enquiry.");
        }

        if (enquiry.CaseId == enquiry.Id)
        {
            foreach (var member in rest)
            {
                member.JoinCase(rest[0].Id);
            }
        }

        enquiry.LeaveCase();
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.EnquiryCaseUnlink,
            $"took {enquiry.Reference.Value} out of the case it shared with {string.Join(' ', rest.Select(m => m.Reference.Value))} ({note})", []);
        return await CaseAsync(enquiry.CaseId, cancellationToken);
    }

    private async Task<EnquiryCase> CaseAsync(EnquiryId caseId, CancellationToken cancellationToken)
    {
        var members = await db.Enquiries.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return new EnquiryCase(caseId, members.Select(EnquiryService.Summarise).ToList());
    }

    private async Task<List<EnquiryCandidateSummary>> SummariseAsync(List<EnquiryCandidate> rows, CancellationToken cancellationToken)
    {
        var enquiryIds = rows.Select(c => c.EnquiryId).Distinct().ToList();
        var enquiries = await db.Enquiries.AsNoTracking().Where(e => enquiryIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var personIds = rows.Select(c => c.PersonId).Distinct().ToList();
        var people = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var summaries = (await persons.SummariseAsync(people, cancellationToken)).ToDictionary(s => s.Id);
        var sources = await SourcesAsync(rows, cancellationToken);
        return rows.Select(c =>
        {
            var enquiry = enquiries[c.EnquiryId];
            return new EnquiryCandidateSummary(c, enquiry.Reference.Value, enquiry.SoughtFullName, PersonService.LatinReading(enquiry.SoughtFullName),
                summaries[c.PersonId], sources.GetValueOrDefault(c.Id));
        }).ToList();
    }

    private async Task<Dictionary<EnquiryCandidateId, CandidateSource>> SourcesAsync(IReadOnlyList<EnquiryCandidate> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Where(c => c.SourceListId is not null).Select(c => c.SourceListId!.Value).Distinct().ToList();
        var lists = await db.SourceLists.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => new CandidateSource(s.Label, s.ImportedAt), cancellationToken);
        return rows.Where(c => c.SourceListId is { } s && lists.ContainsKey(s)).ToDictionary(c => c.Id, c => lists[c.SourceListId!.Value]);
    }

    private async Task<EnquiryCandidate> LoadAsync(EnquiryCandidateId id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var candidate = await db.EnquiryCandidates.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("Enquiry candidate", id.ToString());
        if (expectedVersion is { } version && version != candidate.Version)
        {
            throw new ConflictException($"This candidate was changed by someone else (version {candidate.Version}, you had {version}). Reload it and decide again.");
        }

        return candidate;
    }

    private async Task<long> RevisionOfAsync(PersonId person, CancellationToken cancellationToken) =>
        await db.PersonMatchSubjects.AsNoTracking().Where(s => s.PersonId == person).Select(s => (long?)s.Revision).SingleOrDefaultAsync(cancellationToken) ?? 0;

    private async Task<Enquiry> FindEnquiryAsync(string idOrReference, bool tracked, CancellationToken cancellationToken) =>
        await TryFindEnquiryAsync(idOrReference, tracked, cancellationToken) ?? throw new NotFoundException("Enquiry", (idOrReference ?? "").Trim());

    private Task<Enquiry?> TryFindEnquiryAsync(string idOrReference, bool tracked, CancellationToken cancellationToken) =>
        EnquiryService.TryFindAsync(tracked ? db.Enquiries : db.Enquiries.AsNoTracking(), idOrReference, cancellationToken);

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Someone else changed this at the same time. Reload it and decide again.");
        }
    }

    private static string Written(MatchRecord r) => string.Join(' ', new[] { r.Surname, r.GivenName, r.Patronymic }.Where(s => !string.IsNullOrEmpty(s)));

    private static string Reason(string? reason, string whenMissing)
    {
        var text = (reason ?? "").Trim();
        if (text.Length == 0)
        {
            throw new ValidationFailedException("reason", whenMissing);
        }

        return text.Length > MaxReasonLength
            ? throw new ValidationFailedException("reason", $"The reason is at most {MaxReasonLength} characters.")
            : text;
    }

    private static void EnsureIntermediary(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsIntermediary)
        {
            throw new ForbiddenException("Enquiries are the intermediary's confidential records: a party's account cannot review or link them.");
        }
    }
}
