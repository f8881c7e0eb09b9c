using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// The families' worklist: every open enquiry (open, searching, located) whose person has a release, repatriation or
/// death on the timeline, not superseded by a later correction, with no <see cref="FamilyNotice"/> yet for that enquiry
/// and event. An enquiry without a confirmed person of its own takes the person confirmed on another enquiry of its
/// case. The event exists only once a handover or death is recorded, so nothing is told while an exchange is prepared.
/// </summary>
public sealed class FamilyNewsService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit, EnquiryCaseService cases)
{
    private static readonly EnquiryStatus[] OpenStatuses = [EnquiryStatus.Open, EnquiryStatus.Searching, EnquiryStatus.Located];

    private static readonly StatusEventKind[] Outcomes = [StatusEventKind.Released, StatusEventKind.Repatriated, StatusEventKind.Died];

    public async Task<IReadOnlyList<FamilyNewsEntry>> WorklistAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var entries = await EntriesAsync(null, cancellationToken);
        audit.Record(actor, AuditActions.FamilyNewsList,
            string.Create(CultureInfo.InvariantCulture, $"families' worklist: {entries.Count} to inform"),
            entries.Select(e => e.PersonId).Distinct());
        return entries.Select(e => e.Entry).ToList();
    }

    /// <summary>What awaits telling the family of one enquiry, for its case page (read as part of it, not audited on its own).</summary>
    public async Task<IReadOnlyList<FamilyNewsEntry>> OfEnquiryAsync(EnquiryId enquiryId, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        return (await EntriesAsync(enquiryId, cancellationToken)).Select(e => e.Entry).ToList();
    }

    /// <summary>
    /// Records that the family was told: the notice, and an outgoing contact in the case's log, in one save. For a death,
    /// and when asked, the case then moves to reported-dead through the case service (its version checked first).
    /// </summary>
    public async Task<FamilyNewsEntry> InformedAsync(string enquiryReference, FamilyInformedInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        if (!EnquiryReference.TryParse(enquiryReference, out var reference) || reference is null)
        {
            throw new NotFoundException("Enquiry", (enquiryReference ?? "").Trim());
        }

        var parsed = reference;

        var enquiry = await db.Enquiries.AsNoTracking().SingleOrDefaultAsync(e => e.Reference == parsed, cancellationToken) ?? throw new NotFoundException("Enquiry", parsed.Value);
        var errors = new Dictionary<string, string[]>();
        ContactChannel channel = default;
        if (!TracingCodes.TryParse(input.Channel, TracingCodes.Of, out channel))
        {
            errors["channel"] = [$"Say how the family was told: {TracingCodes.List<ContactChannel>(TracingCodes.Of)}."];
        }

        if (!Guid.TryParse(input.Event, out var eventGuid))
        {
            errors["event"] = ["Name the timeline event the family was told of, as the worklist gives it."];
        }

        if ((input.Note ?? "").Trim().Length > EnquiryContact.SummaryLength)
        {
            errors["note"] = [$"At most {EnquiryContact.SummaryLength} characters."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        var waiting = (await EntriesAsync(enquiry.Id, cancellationToken)).Where(e => e.Entry.EventId == eventGuid).ToList();
        var entry = waiting.Count > 0 ? waiting[0] : throw new DomainRuleException("event", $"Enquiry {parsed.Value} has no outcome waiting to be told with this event: it was told already, corrected, or the case is no longer open.");
        if (input.ReportDead)
        {
            if (entry.Entry.Outcome != StatusEventKind.Died)
            {
                throw new ValidationFailedException("reportDead", "Only a death moves the case to reported-dead.");
            }

            await cases.ChangeStatusAsync(parsed.Value, new StatusChangeInput
            {
                Status = TracingCodes.Of(EnquiryStatus.ReportedDead),
                Reason = $"The family was told of the death ({entry.Entry.Source}).",
                Version = input.Version ?? throw new ValidationFailedException("version", "Send the enquiry's version, so a change made meanwhile is not overwritten."),
            }, actor, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var notice = FamilyNotice.Record(enquiry.Id, entry.PersonId, new StatusEventId(eventGuid), entry.Entry.Outcome, channel, actor, now);
        var said = (input.Note ?? "").Trim();
        var summary = $"Told the family of the {RegistryCodesOf(entry.Entry.Outcome)} of {entry.Entry.Person.Reference} on {entry.Entry.OutcomeDate} ({entry.Entry.Source}).{(said.Length > 0 ? " " + said : "")}";
        var contact = EnquiryContact.Record(enquiry.Id, DateOnly.FromDateTime(now.UtcDateTime), channel, ContactDirection.Outgoing,
            summary.Length > EnquiryContact.SummaryLength ? summary[..EnquiryContact.SummaryLength] : summary, actor, now);
        db.FamilyNotices.Add(notice);
        db.EnquiryContacts.Add(contact);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException($"Someone recorded meanwhile that the family of enquiry {parsed.Value} was told. Reload the worklist.");
        }

        audit.Record(actor, AuditActions.FamilyNewsInformed,
            $"enquiry {parsed.Value}: family told of the {RegistryCodesOf(entry.Entry.Outcome)} by {TracingCodes.Of(channel)}{(input.ReportDead ? ", case reported-dead" : "")}", [entry.PersonId]);
        return entry.Entry;
    }

    private static string RegistryCodesOf(StatusEventKind kind) => Registry.RegistryCodes.Of(kind);

    private async Task<List<(FamilyNewsEntry Entry, PersonId PersonId)>> EntriesAsync(EnquiryId? only, CancellationToken cancellationToken)
    {
        var open = OpenStatuses.ToList();
        var enquiries = db.Enquiries.AsNoTracking().Where(e => open.Contains(e.Status));
        if (only is { } id)
        {
            enquiries = enquiries.Where(e => e.Id == id);
        }

        var rows = await enquiries.Select(e => new { e.Id, e.Reference, e.CaseId, e.PersonId, e.Status, e.Version, e.EnquirerFullName }).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        // An enquiry joined to a case without a person of its own is about the person confirmed on the case.
        var caseIds = rows.Where(r => r.PersonId is null).Select(r => r.CaseId).Distinct().ToList();
        var casePersons = new Dictionary<EnquiryId, PersonId>();
        foreach (var chunk in caseIds.Chunk(500))
        {
            var list = chunk.ToList();
            var linked = await db.Enquiries.AsNoTracking().Where(e => list.Contains(e.CaseId) && e.PersonId != null)
                .Select(e => new { e.CaseId, PersonId = e.PersonId!.Value }).ToListAsync(cancellationToken);
            foreach (var group in linked.GroupBy(l => l.CaseId).Where(g => g.Select(l => l.PersonId).Distinct().Count() == 1))
            {
                casePersons[group.Key] = group.First().PersonId;
            }
        }

        var withPerson = rows.Select(r => (Row: r, PersonId: r.PersonId ?? (casePersons.TryGetValue(r.CaseId, out var p) ? p : (PersonId?)null)))
            .Where(r => r.PersonId is not null).Select(r => (r.Row, PersonId: r.PersonId!.Value)).ToList();
        var personIds = withPerson.Select(r => r.PersonId).Distinct().ToList();
        var outcomes = Outcomes.ToList();
        var events = new List<StatusEvent>();
        foreach (var chunk in personIds.Chunk(500))
        {
            var list = chunk.ToList();
            events.AddRange(await db.StatusEvents.AsNoTracking().Where(e => list.Contains(e.PersonId) && (outcomes.Contains(e.Kind) || e.IsCorrection)).ToListAsync(cancellationToken));
        }

        var current = CurrentOutcomes(events);
        if (current.Count == 0)
        {
            return [];
        }

        var enquiryIds = withPerson.Select(r => r.Row.Id).ToList();
        var told = new HashSet<(EnquiryId, StatusEventId)>();
        foreach (var chunk in enquiryIds.Chunk(500))
        {
            var list = chunk.ToList();
            told.UnionWith((await db.FamilyNotices.AsNoTracking().Where(n => list.Contains(n.EnquiryId)).Select(n => new { n.EnquiryId, n.StatusEventId }).ToListAsync(cancellationToken))
                .Select(n => (n.EnquiryId, n.StatusEventId)));
        }

        var persons = await ExchangePersons.ViewsAsync(db, current.Select(e => e.PersonId), cancellationToken);
        var sources = await SourceLabelsAsync(current, cancellationToken);
        var now = clock.GetUtcNow();
        var byPerson = current.ToLookup(e => e.PersonId);
        return withPerson
            .SelectMany(r => byPerson[r.PersonId].Where(e => !told.Contains((r.Row.Id, e.Id))).Select(e => (Entry: new FamilyNewsEntry(
                r.Row.Reference.Value, r.Row.Status, r.Row.Version, r.Row.EnquirerFullName, persons[e.PersonId], e.Id.Value, e.Kind, e.Date.ToString(),
                sources.GetValueOrDefault(e.Id, e.SourceLabel), e.RecordedAt, Math.Max(0, (int)(now - e.RecordedAt).TotalDays)), r.PersonId)))
            // Longest waiting first; SQLite cannot order by a DateTimeOffset, so it is done here.
            .OrderBy(e => e.Entry.RecordedAt).ThenBy(e => e.Entry.EnquiryReference, StringComparer.Ordinal).ToList();
    }

    /// <summary>The release, repatriation and death events no later correction overrides (a correction after a death says the person lives).</summary>
    private static List<StatusEvent> CurrentOutcomes(List<StatusEvent> events) =>
        events.GroupBy(e => e.PersonId).SelectMany(person =>
        {
            var ordered = Timeline.Ordered(person);
            var lastCorrection = -1;
            for (var i = 0; i < ordered.Count; i++)
            {
                if (ordered[i].IsCorrection)
                {
                    lastCorrection = i;
                }
            }

            return ordered.Where((e, i) => Outcomes.Contains(e.Kind) && i >= lastCorrection);
        }).ToList();

    private async Task<Dictionary<StatusEventId, string>> SourceLabelsAsync(List<StatusEvent> events, CancellationToken cancellationToken)
    {
        var listIds = events.Select(e => e.SourceListId).OfType<SourceListId>().Distinct().ToList();
        var lists = await db.SourceLists.AsNoTracking().Where(l => listIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Label, cancellationToken);
        return events.Where(e => e.SourceListId is { } list && lists.ContainsKey(list)).ToDictionary(e => e.Id, e => lists[e.SourceListId!.Value]);
    }
}
