using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Kinlink.Matching;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Tracing;

/// <summary>
/// Use cases of family enquiries: open one, read one, list them. Enquiries are the intermediary's confidential records
/// (domain.md R-I4): a party's account is refused here whatever the web layer let through.
/// </summary>
public sealed class EnquiryService(
    KinlinkDbContext db, TimeProvider clock, AuditTrail audit, EnquiryMatchingService matching, EnquiryConfidentialFields confidential)
{
    /// <summary>Shadow column on enquiries: both names and their Latin readings, folded, for the list's text filter.</summary>
    public const string SearchTextColumn = "SearchText";

    public async Task<EnquiryRecord> CreateAsync(EnquiryInput input, Actor actor, CancellationToken cancellationToken = default) =>
        await RecordOfAsync(await OpenAsync(input, actor, familyAccessCodeHash: null, pfifSourceRecordId: null, cancellationToken), cancellationToken);

    /// <summary>
    /// Validates, opens and saves an enquiry with its confidential fields sealed, searches it against the registry and
    /// audits it; the enquiry returned is no longer tracked. One filed on the public page carries its family access
    /// code's hash, one imported from PFIF the id of its source person record, each stored in the same save.
    /// </summary>
    internal async Task<Enquiry> OpenAsync(
        EnquiryInput input, Actor actor, string? familyAccessCodeHash, string? pfifSourceRecordId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureIntermediary(actor);
        var now = clock.GetUtcNow();
        var parties = await PartyService.ConflictPartyCodesAsync(db, cancellationToken);
        var draft = EnquiryInputReader.Read(input, parties, DateOnly.FromDateTime(now.UtcDateTime));
        var enquiry = Enquiry.Open(draft, await NewReferenceAsync(cancellationToken), actor, now);
        if (familyAccessCodeHash is not null)
        {
            enquiry.GiveFamilyAccessCode(familyAccessCodeHash);
        }

        await confidential.SealAsync(enquiry, cancellationToken);
        db.Enquiries.Add(enquiry);
        db.Entry(enquiry).Property<string>(SearchTextColumn).CurrentValue = SearchTextOf(enquiry);
        db.Entry(enquiry).Property<string?>(PfifInterchange.SourceRecordIdColumn).CurrentValue = pfifSourceRecordId;
        await db.SaveChangesAsync(cancellationToken);
        // Detached, so that opening it for the caller can never be saved back in clear.
        db.Entry(enquiry).State = EntityState.Detached;
        // Searched now, so that the candidates wait in the worklist when the caseworker looks; a failure here leaves the
        // enquiry to the next background pass, which searches every enquiry not yet searched.
        await matching.SearchNowAsync(enquiry.Id, cancellationToken);
        audit.Record(actor, AuditActions.EnquiryCreate, $"opened enquiry {enquiry.Reference.Value}", []);
        return enquiry;
    }

    public async Task<EnquiryRecord> GetAsync(string idOrReference, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureStaff(actor);
        var enquiry = await FindAsync(db, idOrReference, cancellationToken);
        audit.Record(actor, AuditActions.EnquiryRead, $"read enquiry {enquiry.Reference.Value}", []);
        return await RecordOfAsync(enquiry, cancellationToken);
    }

    public async Task<PagedResult<EnquirySummary>> ListAsync(EnquiryQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureStaff(actor);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var enquiries = db.Enquiries.AsNoTracking();
        if (query.Status is { } status)
        {
            enquiries = enquiries.Where(e => e.Status == status);
        }

        var text = query.Text?.Trim() ?? "";
        if (EnquiryReference.TryParse(text, out var reference))
        {
            enquiries = enquiries.Where(e => e.Reference == reference);
        }
        else if (SearchText.Fold(text) is { Length: > 0 } folded)
        {
            enquiries = enquiries.Where(e => EF.Property<string>(e, SearchTextColumn).Contains(folded));
        }

        if (query.MinAgeDays is { } minAge)
        {
            enquiries = await OpenedBeforeAsync(enquiries, minAge, cancellationToken);
        }

        var total = await enquiries.CountAsync(cancellationToken);
        // Ids are version 7 GUIDs, ordered by creation time on both providers; SQLite cannot order by a DateTimeOffset.
        var rows = await enquiries.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        // The text searched is a name, so the summary says only that there was one; the references say what was shown.
        var filters = string.Join(' ', new[] { query.Status is { } s ? $"status={TracingCodes.Of(s)}" : null, text.Length > 0 ? "text" : null, query.MinAgeDays is { } age ? $"minAge={age}" : null }.OfType<string>());
        audit.Record(actor, AuditActions.EnquiryList, string.Create(CultureInfo.InvariantCulture,
            $"listed enquiries {filters} page {page} of size {pageSize}, {total} found: {string.Join(' ', rows.Select(e => e.Reference.Value))}"), []);
        return new PagedResult<EnquirySummary>(rows.Select(Summarise).ToList(), total, page, pageSize);
    }

    /// <summary>The age of an enquiry in whole days on <paramref name="today"/>: 0 on the day it was opened.</summary>
    public static int AgeInDays(DateTimeOffset createdAt, DateOnly today) => today.DayNumber - DateOnly.FromDateTime(createdAt.UtcDateTime).DayNumber;

    /// <summary>The enquiries at least <paramref name="minAgeDays"/> days old (by the UTC day they were opened).</summary>
    private async Task<IQueryable<Enquiry>> OpenedBeforeAsync(IQueryable<Enquiry> enquiries, int minAgeDays, CancellationToken cancellationToken)
    {
        if (minAgeDays is < 0 or > 36500)
        {
            throw new ValidationFailedException("minAge", "The age is a number of days from 0 to 36500.");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var end = new DateTimeOffset(today.AddDays(1 - minAgeDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (db.Database.IsNpgsql())
        {
            return enquiries.Where(e => e.CreatedAt < end);
        }

        // SQLite cannot compare a DateTimeOffset column: the times are read and compared here.
        var times = await enquiries.Select(e => new { e.Id, e.CreatedAt }).ToListAsync(cancellationToken);
        var ids = times.Where(e => e.CreatedAt < end).Select(e => e.Id).ToList();
        return enquiries.Where(e => ids.Contains(e.Id));
    }

    /// <summary>The enquiry by id or reference (in any case, with or without dashes), untracked; 404 if unknown.</summary>
    internal static async Task<Enquiry> FindAsync(KinlinkDbContext db, string? idOrReference, CancellationToken cancellationToken) =>
        await TryFindAsync(db.Enquiries.AsNoTracking(), idOrReference, cancellationToken)
            ?? throw new NotFoundException("Enquiry", (idOrReference ?? "").Trim());

    /// <summary>The enquiry by id or reference (in any case, with or without dashes) among <paramref name="enquiries"/>, tracked or not as they are; null if unknown.</summary>
    internal static async Task<Enquiry?> TryFindAsync(IQueryable<Enquiry> enquiries, string? idOrReference, CancellationToken cancellationToken)
    {
        var key = (idOrReference ?? "").Trim();
        if (Guid.TryParse(key, out var guid))
        {
            var id = new EnquiryId(guid);
            return await enquiries.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        }

        return EnquiryReference.TryParse(key, out var reference)
            ? await enquiries.SingleOrDefaultAsync(e => e.Reference == reference, cancellationToken)
            : null;
    }

    internal static string SearchTextOf(Enquiry enquiry)
    {
        var names = $"{enquiry.SoughtFullName} {enquiry.EnquirerFullName}";
        var latin = $"{PersonService.LatinReading(enquiry.SoughtFullName)} {PersonService.LatinReading(enquiry.EnquirerFullName)}";
        var text = SearchText.Fold($"{names} | {latin}");
        return text.Length <= SearchTextLength ? text : text[..SearchTextLength];
    }

    internal const int SearchTextLength = 1000;

    internal static EnquirySummary Summarise(Enquiry e) => new(
        e.Id, e.Reference.Value, e.Status, e.SoughtSurname, e.SoughtGivenName, e.SoughtPatronymic, PersonService.LatinReading(e.SoughtFullName),
        e.EnquirerFullName, e.EnquirerRelation, e.Channel, e.CreatedAt);

    /// <summary>The enquiry as shown: its confidential fields decrypted (or marked erased), its party code resolved. The enquiry must not be tracked.</summary>
    internal async Task<EnquiryRecord> RecordOfAsync(Enquiry enquiry, CancellationToken cancellationToken)
    {
        var readable = await confidential.OpenAsync(enquiry, cancellationToken);
        string? partyCode = null;
        if (enquiry.SoughtDependsOnPartyId is { } partyId)
        {
            partyCode = await db.Parties.AsNoTracking().Where(p => p.Id == partyId).Select(p => p.Code).SingleOrDefaultAsync(cancellationToken);
        }

        string? personReference = null;
        if (enquiry.PersonId is { } personId)
        {
            personReference = (await db.Persons.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Reference).SingleOrDefaultAsync(cancellationToken))?.Value;
        }

        return new EnquiryRecord(enquiry, partyCode, PersonService.LatinReading(enquiry.SoughtFullName), personReference, ConfidentialFieldsErased: !readable);
    }

    private async Task<EnquiryReference> NewReferenceAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var reference = EnquiryReference.NewRandom();
            if (!await db.Enquiries.AnyAsync(e => e.Reference == reference, cancellationToken))
            {
                return reference;
            }
        }
    }

    /// <summary>Reading enquiries is for the intermediary's staff: the public form may open one, never read one back.</summary>
    private static void EnsureStaff(Actor actor)
    {
        EnsureIntermediary(actor);
        if (actor.IsPublic)
        {
            throw new ForbiddenException("The public enquiry form files enquiries; it cannot read them.");
        }
    }

    internal static void EnsureIntermediary(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsIntermediary)
        {
            throw new ForbiddenException("Enquiries are the intermediary's confidential records: a party's account cannot open or read them.");
        }
    }
}
