using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Tracing;

/// <summary>
/// Use cases of following a case: change its status, record the located person's consent to share news, record contacts
/// with the enquirer, read the history, and compose or print letters. Like <see cref="EnquiryService"/>, it refuses a
/// party's account itself, and audits every read and change by the enquiry's reference, never by names.
/// </summary>
public sealed class EnquiryCaseService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit, EnquiryService enquiries)
{
    public async Task<EnquiryRecord> ChangeStatusAsync(string idOrReference, StatusChangeInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureIntermediary(actor);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var status = ReadCode<EnquiryStatus>(errors, "status", input.Status, TracingCodes.Of, "an enquiry status", required: true);
        RequireVersion(errors, input.Version);
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            errors["reason"] = ["Say why the status changes: every change is kept with its reason."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        var enquiry = await FindAsync(idOrReference, tracked: true, cancellationToken);
        ExpectVersion(enquiry, input.Version!.Value);
        PlaceId? place = null;
        if (status == EnquiryStatus.Located && enquiry.PersonId is { } personId)
        {
            place = await db.Persons.Where(p => p.Id == personId).Select(p => p.CurrentPlaceId).SingleOrDefaultAsync(cancellationToken);
        }

        var from = enquiry.Status;
        var change = enquiry.ChangeStatus(status!.Value, input.Reason, place, actor, clock.GetUtcNow());
        db.EnquiryEvents.Add(change);
        await SaveAsync(enquiry, cancellationToken);
        audit.Record(actor, AuditActions.EnquiryStatusChange,
            $"enquiry {enquiry.Reference.Value} status {TracingCodes.Of(from)} -> {TracingCodes.Of(enquiry.Status)}", PersonsOf(enquiry));
        // Detached before its confidential fields are opened for the answer, so they can never be saved back in clear.
        db.Entry(enquiry).State = EntityState.Detached;
        return await enquiries.RecordOfAsync(enquiry, cancellationToken);
    }

    public async Task<EnquiryRecord> RecordConsentAsync(string idOrReference, SharingConsentInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureIntermediary(actor);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var consent = ReadCode<SharingConsent>(errors, "consent", input.Consent, TracingCodes.Of, "an answer on sharing news", required: true);
        var obtainedBy = ReadCode<ConsentObtainedBy>(errors, "obtainedBy", input.ObtainedBy, TracingCodes.Of, "a way the answer was obtained");
        var allowed = ReadCode<RefusalAllowance>(errors, "allowedOnRefusal", input.AllowedOnRefusal, TracingCodes.Of, "what the person allowed to be said");
        var obtainedOn = ReadDate(errors, "obtainedOn", input.ObtainedOn);
        RequireVersion(errors, input.Version);
        ValidationFailedException.ThrowIfAny(errors);

        var enquiry = await FindAsync(idOrReference, tracked: true, cancellationToken);
        ExpectVersion(enquiry, input.Version!.Value);
        var from = enquiry.SharingConsent;
        var change = enquiry.RecordSharingConsent(new SharingConsentDraft(consent, obtainedOn, obtainedBy, allowed, input.Note), actor, clock.GetUtcNow());
        db.EnquiryEvents.Add(change);
        await SaveAsync(enquiry, cancellationToken);
        audit.Record(actor, AuditActions.EnquiryConsent,
            $"enquiry {enquiry.Reference.Value} sharing consent {TracingCodes.Of(from)} -> {TracingCodes.Of(enquiry.SharingConsent)}", PersonsOf(enquiry));
        // Detached before its confidential fields are opened for the answer, so they can never be saved back in clear.
        db.Entry(enquiry).State = EntityState.Detached;
        return await enquiries.RecordOfAsync(enquiry, cancellationToken);
    }

    public async Task<IReadOnlyList<EnquiryEventRecord>> EventsAsync(string idOrReference, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var enquiry = await FindAsync(idOrReference, tracked: false, cancellationToken);
        var events = await db.EnquiryEvents.AsNoTracking().Where(e => e.EnquiryId == enquiry.Id).ToListAsync(cancellationToken);
        var placeIds = events.Select(e => e.PlaceId).OfType<PlaceId>().Distinct().ToList();
        var personIds = events.Select(e => e.PersonId).OfType<PersonId>().Distinct().ToList();
        var places = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var persons = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.Reference }).ToDictionaryAsync(p => p.Id, p => p.Reference.Value, cancellationToken);
        audit.Record(actor, AuditActions.EnquiryRead, $"read the history of enquiry {enquiry.Reference.Value}", personIds);
        // Ordered here rather than in SQL: SQLite cannot order by a DateTimeOffset.
        return events.OrderBy(e => e.At).ThenBy(e => e.Id.Value).Select(e => new EnquiryEventRecord(
            e,
            e.PersonId is { } person ? persons.GetValueOrDefault(person) : null,
            e.PlaceId is { } place && places.TryGetValue(place, out var p) ? p.Code : null,
            e.PlaceId is { } place2 && places.TryGetValue(place2, out var p2) ? p2.Name : null)).ToList();
    }

    public async Task<EnquiryContact> AddContactAsync(string idOrReference, ContactInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureIntermediary(actor);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var date = ReadDate(errors, "date", input.Date);
        var channel = ReadCode<ContactChannel>(errors, "channel", input.Channel, TracingCodes.Of, "a contact channel");
        var direction = ReadCode<ContactDirection>(errors, "direction", input.Direction, TracingCodes.Of, "a direction");
        var enquiry = await FindAsync(idOrReference, tracked: false, cancellationToken);
        // A value that could not be read reaches the rules as missing: the reader's message, naming the value, is kept.
        EnquiryContact? contact = null;
        try
        {
            contact = EnquiryContact.Record(enquiry.Id, date, channel, direction, input.Summary, actor, clock.GetUtcNow());
        }
        catch (ValidationFailedException failure)
        {
            foreach (var (field, messages) in failure.Errors)
            {
                errors.TryAdd(field, messages);
            }
        }

        ValidationFailedException.ThrowIfAny(errors);
        var recorded = contact!;
        db.EnquiryContacts.Add(recorded);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, AuditActions.EnquiryContact,
            $"enquiry {enquiry.Reference.Value} contact {TracingCodes.Of(recorded.Direction)} by {TracingCodes.Of(recorded.Channel)} on {recorded.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", []);
        return recorded;
    }

    public async Task<IReadOnlyList<EnquiryContact>> ContactsAsync(string idOrReference, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var enquiry = await FindAsync(idOrReference, tracked: false, cancellationToken);
        var contacts = await db.EnquiryContacts.AsNoTracking().Where(c => c.EnquiryId == enquiry.Id).ToListAsync(cancellationToken);
        audit.Record(actor, AuditActions.EnquiryRead, $"read the contacts of enquiry {enquiry.Reference.Value}", []);
        return contacts.OrderByDescending(c => c.Date).ThenByDescending(c => c.Id.Value).ToList();
    }

    /// <summary>Composes a letter to read or send by other means; nothing is recorded as sent.</summary>
    /// <param name="language">A language code (uk, ru, en); empty for the enquirer's own language.</param>
    public async Task<EnquiryLetter> LetterAsync(string idOrReference, string? template, string? language, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var (letterTemplate, letterLanguage) = ReadLetter(template, language);
        // Read through the enquiry service so that the postal address on the letter is in clear (it is stored encrypted).
        var enquiry = (await enquiries.RecordOfAsync(await FindAsync(idOrReference, tracked: false, cancellationToken), cancellationToken)).Enquiry;
        var letter = EnquiryLetters.Compose(enquiry, letterTemplate, letterLanguage ?? enquiry.EnquirerLanguage, Today());
        audit.Record(actor, AuditActions.EnquiryRead, $"read the letter {TracingCodes.Of(letterTemplate)} ({TracingCodes.Of(letter.Language)}) of enquiry {enquiry.Reference.Value}", []);
        return letter;
    }

    /// <summary>Composes a letter for printing and records it as an outgoing contact by letter, so the case shows what the family was sent.</summary>
    public async Task<(EnquiryLetter Letter, EnquiryContact Contact)> PrintLetterAsync(
        string idOrReference, string? template, string? language, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var (letterTemplate, letterLanguage) = ReadLetter(template, language);
        // Read through the enquiry service so that the postal address on the letter is in clear (it is stored encrypted).
        var enquiry = (await enquiries.RecordOfAsync(await FindAsync(idOrReference, tracked: false, cancellationToken), cancellationToken)).Enquiry;
        var letter = EnquiryLetters.Compose(enquiry, letterTemplate, letterLanguage ?? enquiry.EnquirerLanguage, Today());
        var contact = EnquiryContact.LetterPrinted(enquiry.Id, letterTemplate, letter.Language,
            $"{letter.Subject} ({TracingCodes.Of(letterTemplate)}, {TracingCodes.Of(letter.Language)})", actor, clock.GetUtcNow());
        db.EnquiryContacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, AuditActions.EnquiryLetter,
            $"enquiry {enquiry.Reference.Value} letter {TracingCodes.Of(letterTemplate)} ({TracingCodes.Of(letter.Language)}) printed", []);
        return (letter, contact);
    }

    private static (LetterTemplate Template, EnquiryLanguage? Language) ReadLetter(string? template, string? language)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var letterTemplate = ReadCode<LetterTemplate>(errors, "template", template, TracingCodes.Of, "a letter", required: true);
        var letterLanguage = ReadCode<EnquiryLanguage>(errors, "lang", language, TracingCodes.Of, "a letter language");
        ValidationFailedException.ThrowIfAny(errors);
        return (letterTemplate!.Value, letterLanguage);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<Enquiry> FindAsync(string idOrReference, bool tracked, CancellationToken cancellationToken) =>
        await EnquiryService.TryFindAsync(tracked ? db.Enquiries : db.Enquiries.AsNoTracking(), idOrReference, cancellationToken)
            ?? throw new NotFoundException("Enquiry", (idOrReference ?? "").Trim());

    private async Task SaveAsync(Enquiry enquiry, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale(enquiry.Reference.Value);
        }
    }

    private static void ExpectVersion(Enquiry enquiry, int expectedVersion)
    {
        if (enquiry.Version != expectedVersion)
        {
            throw Stale(enquiry.Reference.Value, enquiry.Version, expectedVersion);
        }
    }

    private static ConflictException Stale(string reference, int? current = null, int? expected = null) => new(current is null
        ? $"Enquiry {reference} was changed by someone else while you were changing it. Reload it and make your change again."
        : $"Enquiry {reference} was changed by someone else (version {current}, you had {expected}). Reload it and make your change again.");

    private static IEnumerable<PersonId> PersonsOf(Enquiry enquiry) => enquiry.PersonId is { } person ? [person] : [];

    private static void RequireVersion(Dictionary<string, string[]> errors, int? version)
    {
        if (version is null)
        {
            errors["version"] = ["Give the version of the enquiry you read, so that a change made meanwhile is not overwritten."];
        }
    }

    private static DateOnly? ReadDate(Dictionary<string, string[]> errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [$"'{text.Trim()}' is not a date: write YYYY-MM-DD."];
        return null;
    }

    private static T? ReadCode<T>(Dictionary<string, string[]> errors, string field, string? text, Func<T, string> code, string what, bool required = false)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors[field] = [$"Give {what}: {TracingCodes.List(code)}."];
            }

            return null;
        }

        if (TracingCodes.TryParse(text, code, out var value))
        {
            return value;
        }

        errors[field] = [$"'{text.Trim()}' is not {what}: use {TracingCodes.List(code)}."];
        return null;
    }

    private static void EnsureIntermediary(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsIntermediary)
        {
            throw new ForbiddenException("Enquiries are the intermediary's confidential records: a party's account cannot open or read them.");
        }
    }
}
