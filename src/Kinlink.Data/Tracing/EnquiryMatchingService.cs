using System.Globalization;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.Matching;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Scoring;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Tracing;

/// <summary>
/// Matches enquiries against the registry, now and whenever it changes. A new (or edited) enquiry is searched against
/// the whole registry, through the same engine path as the persons search (the resident index when loaded, else the
/// stored keys). After that only changes are read: the person subjects whose revision is above a durable watermark,
/// each meeting the open enquiries that share one of its stored keys (<c>enquiry_match_keys</c>), in batches. The
/// candidates and the watermark are written in one transaction, so a crash repeats a batch rather than losing one.
/// One run at a time: within a server by a lock in memory, across servers on PostgreSQL by an advisory lock.
/// </summary>
public sealed class EnquiryMatchingService(KinlinkDbContext db, TimeProvider clock, MatchStatisticsCache statistics, ResidentMatchIndex resident)
{
    /// <summary>The setting holding the last person subject revision processed.</summary>
    public const string WatermarkSetting = "tracing.matching.watermark";

    /// <summary>At most this many proposed candidates per enquiry: the persons search shows as many by default.</summary>
    public const int CandidatesPerEnquiry = 10;

    public const int PersonBatchSize = 500;

    public const int EnquiryBatchSize = 50;

    // "KLTRACE1": the PostgreSQL advisory lock that lets one server at a time run a pass.
    private const long AdvisoryLockKey = 0x4B4C_5452_4143_4531;

    // Several contexts of one server (the background service, a test, the command) share this.
    private static readonly SemaphoreSlim OneRunAtATime = new(1, 1);

    /// <summary>
    /// The lowest score proposed for review: the model's "possible" threshold. Below it the engine itself would not
    /// propose a record; above it the cap of <see cref="CandidatesPerEnquiry"/> keeps namesakes from burying the worklist.
    /// </summary>
    public static double ReviewThreshold => MatchModel.Default.PossibleThreshold;

    /// <summary>
    /// Searches the registry for the given enquiry now, if it was not yet (opening an enquiry calls this). Waits for a
    /// pass running on another server rather than leave the caseworker without candidates.
    /// </summary>
    public async Task SearchNowAsync(EnquiryId enquiry, CancellationToken cancellationToken = default) =>
        await RunAsync(async () =>
        {
            await SearchEnquiriesAsync(enquiry, cancellationToken);
            return true;
        }, wait: true, cancellationToken);

    /// <summary>
    /// One full run: every enquiry still to be searched, then every changed person past the watermark, batch by batch,
    /// each batch in its own transaction, until nothing is left. The background service calls it every few seconds;
    /// tests and <c>kinlink tracing rematch</c> call it directly.
    /// </summary>
    public async Task<MatchingPassResult> RunPassAsync(CancellationToken cancellationToken = default)
    {
        var total = new MatchingPassResult(0, 0, 0, 0);
        while (true)
        {
            var step = new MatchingPassResult(0, 0, 0, 0);
            var (ran, done) = await RunAsync(async () =>
            {
                var (searched, proposedForEnquiries) = await SearchEnquiriesAsync(null, cancellationToken);
                // Saved before the persons are read, so that a pair the search just proposed is found as existing.
                await db.SaveChangesAsync(cancellationToken);
                var (read, proposedForPersons, watermark, personsDone) = await ProcessChangedPersonsAsync(cancellationToken);
                step = new MatchingPassResult(searched, read, proposedForEnquiries + proposedForPersons, watermark);
                return personsDone && searched < EnquiryBatchSize;
            }, wait: false, cancellationToken);
            if (!ran)
            {
                return total with { Busy = true };
            }

            total = new MatchingPassResult(total.EnquiriesSearched + step.EnquiriesSearched, total.PersonsRead + step.PersonsRead,
                total.CandidatesProposed + step.CandidatesProposed, step.Watermark);
            if (done)
            {
                return total;
            }
        }
    }

    /// <summary>
    /// Runs one batch in a transaction under the matching locks. Returns whether it ran (false when another server
    /// held the lock and <paramref name="wait"/> was false) and what the batch said about work left.
    /// </summary>
    private async Task<(bool Ran, bool Done)> RunAsync(Func<Task<bool>> batch, bool wait, CancellationToken cancellationToken)
    {
        await OneRunAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
            {
                if (wait)
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
                }
                else if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({AdvisoryLockKey}) AS \"Value\"").SingleAsync(cancellationToken))
                {
                    return (false, true);
                }
            }

            var done = await batch();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (true, done);
        }
        finally
        {
            db.ChangeTracker.Clear();
            OneRunAtATime.Release();
        }
    }

    /// <summary>Searches the registry for enquiries not searched since their sought person was written (one, or a batch of all).</summary>
    private async Task<(int Searched, int Proposed)> SearchEnquiriesAsync(EnquiryId? only, CancellationToken cancellationToken)
    {
        var pending = db.EnquiryMatchSubjects.Where(s => s.SearchedAt == null);
        if (only is { } id)
        {
            pending = pending.Where(s => s.EnquiryId == id);
        }

        var subjects = await pending.OrderBy(s => s.Number).Take(EnquiryBatchSize).ToListAsync(cancellationToken);
        if (subjects.Count == 0)
        {
            return (0, 0);
        }

        var enquiryIds = subjects.Select(s => s.EnquiryId).ToList();
        var enquiries = await db.Enquiries.AsNoTracking().Where(e => enquiryIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Status, e.PersonId, e.Version }).ToDictionaryAsync(e => e.Id, cancellationToken);
        var existing = await CandidatesOfAsync(enquiryIds, cancellationToken);
        var now = clock.GetUtcNow();
        var findings = new List<Finding>();
        foreach (var subject in subjects)
        {
            subject.SearchedAt = now;
            if (!enquiries.TryGetValue(subject.EnquiryId, out var enquiry) || !IsOpen(enquiry.Status) || enquiry.PersonId is not null)
            {
                continue;
            }

            var forms = MatchForms.Split(subject.Number.ToString(CultureInfo.InvariantCulture), subject.Forms);
            var found = await resident.FindAsync(db, forms, null, cancellationToken)
                ?? await new StoredMatcher(db, statistics).FindAsync(forms, null, cancellationToken);
            var shown = found.Ranked.Where(m => m.Score >= ReviewThreshold).Take(CandidatesPerEnquiry).ToList();
            var buckets = Buckets.Assign(shown.Select(m => (m.PersonId.Value.ToString(), new ScoredPair(m.Score, []))).ToList(),
                found.Ranked.Count > shown.Count ? found.Ranked[shown.Count].Score : null, found.Scorer.Model);
            var reason = enquiry.Version == 0 ? EnquiryCandidateReason.EnquiryOpened : EnquiryCandidateReason.EnquiryEdited;
            findings.AddRange(shown.Select((m, i) => new Finding(subject.EnquiryId, m.PersonId, m.Number, m.Score, buckets[i].Bucket, reason)));
        }

        var proposed = await ApplyAsync(findings, existing, revisions: null, cancellationToken);
        return (subjects.Count, proposed);
    }

    /// <summary>The persons changed past the watermark, one batch, each scored against the open enquiries sharing a key with it.</summary>
    private async Task<(int Read, int Proposed, long Watermark, bool Done)> ProcessChangedPersonsAsync(CancellationToken cancellationToken)
    {
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Name == WatermarkSetting, cancellationToken);
        if (setting is null)
        {
            setting = new KinlinkSetting { Name = WatermarkSetting, Value = "0" };
            db.Settings.Add(setting);
        }

        var watermark = long.Parse(setting.Value, CultureInfo.InvariantCulture);
        // The highest revision is read before asking whether any enquiry is open: an enquiry committed after that
        // question is searched against a registry that already holds every person up to this revision.
        var highest = await db.PersonMatchSubjects.MaxAsync(s => (long?)s.Revision, cancellationToken) ?? 0;
        if (highest <= watermark)
        {
            return (0, 0, watermark, true);
        }

        var anyOpen = await OpenSubjects().AnyAsync(cancellationToken);
        if (!anyOpen)
        {
            setting.Value = highest.ToString(CultureInfo.InvariantCulture);
            return (0, 0, highest, true);
        }

        var persons = await db.PersonMatchSubjects.AsNoTracking().Where(s => s.Revision > watermark).OrderBy(s => s.Revision).Take(PersonBatchSize)
            .Select(s => new { s.Number, s.PersonId, s.Forms, s.Revision }).ToListAsync(cancellationToken);
        var numbers = persons.Select(p => p.Number).ToList();
        var shared = new List<(int Person, int Enquiry, int Count)>();
        foreach (var chunk in numbers.Chunk(1000))
        {
            shared.AddRange((await db.PersonMatchKeys.Where(p => chunk.Contains(p.Number))
                .Join(db.EnquiryMatchKeys, p => p.Key, e => e.Key, (p, e) => new { Person = p.Number, Enquiry = e.Number })
                .GroupBy(x => new { x.Person, x.Enquiry })
                .Select(g => new { g.Key.Person, g.Key.Enquiry, Count = g.Count() })
                .ToListAsync(cancellationToken)).Select(x => (x.Person, x.Enquiry, x.Count)));
        }

        var enquiryNumbers = shared.Select(s => s.Enquiry).Distinct().ToList();
        var enquiries = new Dictionary<int, (EnquiryId Id, PreparedRecord Form)>();
        foreach (var chunk in enquiryNumbers.Chunk(1000))
        {
            foreach (var subject in await OpenSubjects().Where(s => chunk.Contains(s.Number)).Select(s => new { s.Number, s.EnquiryId, s.Forms }).ToListAsync(cancellationToken))
            {
                enquiries[subject.Number] = (subject.EnquiryId, MatchForms.Split(subject.Number.ToString(CultureInfo.InvariantCulture), subject.Forms)[0]);
            }
        }

        var findings = new List<Finding>();
        if (enquiries.Count > 0)
        {
            var byPerson = shared.Where(s => enquiries.ContainsKey(s.Enquiry)).ToLookup(s => s.Person);
            var concerned = persons.Where(p => byPerson.Contains(p.Number) && p.Forms.Length > 0)
                .Select(p => (p.Number, p.PersonId, Forms: MatchForms.Split(p.Number.ToString(CultureInfo.InvariantCulture), p.Forms))).ToList();
            var scorer = await new StoredMatcher(db, statistics).ScorerForAsync(
                concerned.SelectMany(p => p.Forms).Concat(enquiries.Values.Select(e => e.Form)).ToList(), cancellationToken);
            var versions = await PersonVersionsAsync(concerned.Select(p => p.PersonId).ToList(), cancellationToken);
            foreach (var (number, personId, forms) in concerned)
            {
                var sharing = byPerson[number].ToDictionary(s => s.Enquiry, s => s.Count);
                var reason = versions.GetValueOrDefault(personId) == 0 ? EnquiryCandidateReason.NewPerson : EnquiryCandidateReason.PersonChanged;
                foreach (var enquiryNumber in CandidateKeys.SelectForScoring(sharing))
                {
                    var (enquiryId, enquiryForm) = enquiries[enquiryNumber];
                    var score = forms.Max(form => scorer.ScoreOnly(enquiryForm, form));
                    if (score >= ReviewThreshold)
                    {
                        findings.Add(new Finding(enquiryId, personId, number, score, null, reason));
                    }
                }
            }
        }

        var existing = await CandidatesOfAsync(findings.Select(f => f.EnquiryId).Distinct().ToList(), cancellationToken);
        var proposed = await ApplyAsync(findings, existing, persons.ToDictionary(p => p.Number, p => p.Revision), cancellationToken);
        var last = persons.Count == 0 ? watermark : persons[^1].Revision;
        setting.Value = last.ToString(CultureInfo.InvariantCulture);
        return (persons.Count, proposed, last, persons.Count < PersonBatchSize);
    }

    /// <summary>The match subjects of enquiries still being traced (open or searching), searched once and with no person confirmed.</summary>
    private IQueryable<EnquiryMatchSubject> OpenSubjects() =>
        db.EnquiryMatchSubjects.AsNoTracking().Where(s => s.SearchedAt != null)
            .Where(s => db.Enquiries.Any(e => e.Id == s.EnquiryId && (e.Status == EnquiryStatus.Open || e.Status == EnquiryStatus.Searching) && e.PersonId == null));

    internal static bool IsOpen(EnquiryStatus status) => status switch
    {
        EnquiryStatus.Open or EnquiryStatus.Searching => true,
        EnquiryStatus.Located or EnquiryStatus.ReportedDead or EnquiryStatus.ClosedWithoutResult or EnquiryStatus.Withdrawn => false,
    };

    private async Task<Dictionary<EnquiryId, List<EnquiryCandidate>>> CandidatesOfAsync(List<EnquiryId> enquiries, CancellationToken cancellationToken)
    {
        var candidates = new List<EnquiryCandidate>();
        foreach (var chunk in enquiries.Chunk(500))
        {
            candidates.AddRange(await db.EnquiryCandidates.Where(c => chunk.Contains(c.EnquiryId)).ToListAsync(cancellationToken));
        }

        return candidates.GroupBy(c => c.EnquiryId).ToDictionary(g => g.Key, g => g.ToList());
    }

    private async Task<Dictionary<PersonId, int>> PersonVersionsAsync(List<PersonId> persons, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<PersonId, int>();
        foreach (var chunk in persons.Chunk(1000))
        {
            foreach (var person in await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.Version }).ToListAsync(cancellationToken))
            {
                versions[person.Id] = person.Version;
            }
        }

        return versions;
    }

    /// <summary>
    /// Stores the findings: a new pair is proposed (unless the enquiry already has its full share of better ones), a
    /// proposed one is re-scored, a rejected one comes back only if the person's subject changed after the rejection.
    /// </summary>
    /// <param name="revisions">The subjects' revisions by number when known; otherwise they are read.</param>
    private async Task<int> ApplyAsync(List<Finding> findings, Dictionary<EnquiryId, List<EnquiryCandidate>> existing, Dictionary<int, long>? revisions, CancellationToken cancellationToken)
    {
        if (findings.Count == 0)
        {
            return 0;
        }

        if (revisions is null)
        {
            revisions = [];
            foreach (var chunk in findings.Select(f => f.Number).Distinct().Chunk(1000))
            {
                foreach (var subject in await db.PersonMatchSubjects.AsNoTracking().Where(s => chunk.Contains(s.Number)).Select(s => new { s.Number, s.Revision }).ToListAsync(cancellationToken))
                {
                    revisions[subject.Number] = subject.Revision;
                }
            }
        }

        var sources = await SourcesAsync(findings.Select(f => f.PersonId).Distinct().ToList(), cancellationToken);
        var model = MatchModel.Default;
        var now = clock.GetUtcNow();
        var proposed = 0;
        foreach (var finding in findings.OrderByDescending(f => f.Score))
        {
            if (!existing.TryGetValue(finding.EnquiryId, out var candidates))
            {
                existing[finding.EnquiryId] = candidates = [];
            }

            var others = candidates.Where(c => c.PersonId != finding.PersonId && c.State is EnquiryCandidateState.Proposed or EnquiryCandidateState.Confirmed).ToList();
            // A pass scores one pair at a time, so "likely" is judged against the enquiry's other candidates: clearly ahead of all of them.
            var bucket = finding.Bucket ?? (finding.Score >= model.LikelyThreshold && finding.Score - others.Select(c => c.Score).DefaultIfEmpty(double.NegativeInfinity).Max() >= model.LikelyMargin
                ? MatchBucket.Likely : MatchBucket.Possible);
            var revision = revisions.GetValueOrDefault(finding.Number);
            SourceListId? source = sources.TryGetValue(finding.PersonId, out var list) ? list : null;
            var current = candidates.SingleOrDefault(c => c.PersonId == finding.PersonId);
            if (current is null)
            {
                var proposedNow = others.Where(c => c.State == EnquiryCandidateState.Proposed).ToList();
                if (proposedNow.Count >= CandidatesPerEnquiry && finding.Score <= proposedNow.Min(c => c.Score))
                {
                    continue;
                }

                var candidate = EnquiryCandidate.Propose(finding.EnquiryId, finding.PersonId, finding.Score, bucket, model.Version, finding.Reason, source, revision, now);
                db.EnquiryCandidates.Add(candidate);
                candidates.Add(candidate);
                proposed++;
            }
            else
            {
                var wasProposed = current.State == EnquiryCandidateState.Proposed;
                if (current.FoundAgain(finding.Score, bucket, model.Version, source, revision, now) && !wasProposed)
                {
                    proposed++;
                }
            }
        }

        return proposed;
    }

    /// <summary>The notification list of each person's most recently recorded name form, where it came from one.</summary>
    private async Task<Dictionary<PersonId, SourceListId>> SourcesAsync(List<PersonId> persons, CancellationToken cancellationToken)
    {
        var sources = new Dictionary<PersonId, SourceListId>();
        foreach (var chunk in persons.Chunk(1000))
        {
            var forms = await db.NameForms.AsNoTracking().Where(f => chunk.Contains(f.PersonId))
                .Select(f => new { f.PersonId, f.SourceListId, f.RecordedAt, f.Id }).ToListAsync(cancellationToken);
            foreach (var latest in forms.GroupBy(f => f.PersonId).Select(g => g.OrderByDescending(f => f.RecordedAt.UtcTicks).ThenByDescending(f => f.Id.Value).First()))
            {
                if (latest.SourceListId is { } source)
                {
                    sources[latest.PersonId] = source;
                }
            }
        }

        return sources;
    }

    private sealed record Finding(EnquiryId EnquiryId, PersonId PersonId, int Number, double Score, MatchBucket? Bucket, EnquiryCandidateReason Reason);
}
