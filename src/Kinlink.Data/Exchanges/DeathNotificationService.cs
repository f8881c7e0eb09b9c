using System.Globalization;
using System.Security.Cryptography;
using Kinlink.Data.Access;
using Kinlink.Data.Files;
using Kinlink.Data.Mail;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// Notifications of death (GC III art. 120-121, Annex IV D): recorded from the detaining party's notification with the
/// death put on the person's timeline in the same save, corrected, the certificate attached (sealed, its SHA-256 checked
/// on every download) and transmitted to the party on which the person depended. That party's officers see only what was
/// transmitted to them, and acknowledge it.
/// </summary>
public sealed class DeathNotificationService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit, FieldEncryption encryption)
{
    private const string What = "Death notification";

    public async Task<DeathNotificationView> RecordAsync(DeathNotificationInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var errors = new Dictionary<string, string[]>();
        var personId = await PersonLookups.IdAsync(db, input.Person, "person", errors, cancellationToken);
        PartyId? reportedBy = null;
        if (!string.IsNullOrWhiteSpace(input.ReportedBy))
        {
            try
            {
                reportedBy = await MailLookups.PartyIdAsync(db, input.ReportedBy, "reportedBy", cancellationToken);
            }
            catch (ValidationFailedException ex)
            {
                Merge(errors, ex);
            }
        }

        var draft = Draft(input, errors);
        var now = clock.GetUtcNow();
        DeathNotification? notification = null;
        try
        {
            if (draft is not null && personId is not null)
            {
                notification = DeathNotification.Record(personId.Value, reportedBy, draft, actor, now);
            }
        }
        catch (ValidationFailedException ex)
        {
            Merge(errors, ex);
        }

        ValidationFailedException.ThrowIfAny(errors);
        var person = await ExchangeRecordLookups.PersonWithTimelineAsync(db, personId!.Value, cancellationToken);
        db.DeathNotifications.Add(notification!);
        // A death already on the timeline (reported by the party or a visit) is not recorded twice.
        var died = person.CurrentStatus == PersonStatus.Dead ? null : person.RecordEvent(
            new StatusEventDraft(StatusEventKind.Died, notification!.DateOfDeath, Note: notification.CauseOfDeath, SourceLabel: $"death notification {notification.Reference}", ReportedByPartyId: reportedBy),
            actor, now);
        await MailLookups.SaveAsync(db, "death notification", cancellationToken);
        audit.Record(actor, AuditActions.DeathNotificationCreate,
            $"recorded death notification {notification!.Reference} for {person.Reference.Value}: died {notification.DateOfDeath}{(died is null ? " (the death was already on the timeline)" : ", recorded on the timeline")}",
            [person.Id]);
        if (died is not null)
        {
            await MailStopping.StopForPersonsAsync(db, [person.Id], audit, actor, now, cancellationToken);
        }

        return await ViewAsync(notification, cancellationToken);
    }

    /// <summary>Corrects the particulars (a transmitted notification goes back to be transmitted again). The timeline's event stays as recorded: a wrong date there is corrected on the person.</summary>
    public async Task<DeathNotificationView> CorrectAsync(string reference, DeathNotificationInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var notification = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(notification.Version, input.Version, "death notification");
        var errors = new Dictionary<string, string[]>();
        var draft = Draft(input, errors);
        try
        {
            if (draft is not null)
            {
                notification.Correct(draft, actor, clock.GetUtcNow());
            }
        }
        catch (ValidationFailedException ex)
        {
            Merge(errors, ex);
        }

        ValidationFailedException.ThrowIfAny(errors);
        await MailLookups.SaveAsync(db, "death notification", cancellationToken);
        audit.Record(actor, AuditActions.DeathNotificationChange, $"corrected death notification {notification.Reference}", [notification.PersonId]);
        return await ViewAsync(notification, cancellationToken);
    }

    public async Task<PagedResult<DeathNotificationSummary>> ListAsync(DeathNotificationQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var notifications = db.DeathNotifications.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = ExchangeCodes.Parse<DeathNotificationStatus>(query.Status, ExchangeCodes.Of, "status", "a status of a death notification");
            notifications = notifications.Where(n => n.Status == status);
        }

        if (query.NotTransmittedOnly)
        {
            notifications = notifications.Where(n => n.Status == DeathNotificationStatus.Recorded);
        }

        if (!string.IsNullOrWhiteSpace(query.Party))
        {
            var partyId = await MailLookups.PartyIdAsync(db, query.Party, "party", cancellationToken);
            notifications = notifications.Where(n => db.Persons.Any(p => p.Id == n.PersonId && p.DependsOnPartyId == partyId));
        }

        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            var personId = await ExchangeRecordLookups.PersonIdAsync(db, query.Person, cancellationToken);
            notifications = notifications.Where(n => n.PersonId == personId);
        }

        var result = await PageAsync(notifications, page, pageSize, cancellationToken);
        var terms = new[] { ("status", query.Status), ("party", query.Party), ("person", query.Person), ("not-transmitted", query.NotTransmittedOnly ? "yes" : null) }
            .Where(t => !string.IsNullOrWhiteSpace(t.Item2)).Select(t => $"{t.Item1}={t.Item2!.Trim()}");
        audit.Record(actor, AuditActions.DeathNotificationList,
            string.Create(CultureInfo.InvariantCulture, $"death notifications {string.Join(' ', terms)} page {page} of size {pageSize}, {result.Total} found"), result.PersonIds);
        return result.Page;
    }

    public async Task<DeathNotificationView> GetAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var notification = await FindAsync(reference, tracking: false, cancellationToken);
        audit.Record(actor, AuditActions.DeathNotificationRead, $"read death notification {notification.Reference}", [notification.PersonId]);
        return await ViewAsync(notification, cancellationToken);
    }

    /// <summary>Attaches (or replaces) the certificate while the notification is not yet transmitted: JPEG, PNG or PDF by its first bytes.</summary>
    public async Task<DeathCertificateInfo> AttachCertificateAsync(string reference, Stream? content, string? fileName, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var notification = await FindAsync(reference, tracking: true, cancellationToken);
        if (notification.Status != DeathNotificationStatus.Recorded)
        {
            throw new DomainRuleException("certificate", $"{notification.Reference} has been transmitted with its certificate; correct the notification first to attach another.");
        }

        byte[]? bytes = null;
        string? problem;
        if (content is null)
        {
            problem = "Choose the death certificate to upload (PDF, JPEG or PNG).";
        }
        else
        {
            (bytes, problem) = await UploadedFile.ReadLimitedAsync(content, DeathCertificate.MaxBytes, cancellationToken);
        }

        var type = problem is null ? UploadedFile.TypeOf(bytes) : null;
        if (problem is null && type is null)
        {
            problem = UploadedFile.NotAcceptedType;
        }

        if (problem is not null)
        {
            throw new ValidationFailedException("file", problem);
        }

        var certificate = await db.DeathCertificates.SingleOrDefaultAsync(c => c.DeathNotificationId == notification.Id, cancellationToken);
        if (certificate is null)
        {
            certificate = new DeathCertificate { DeathNotificationId = notification.Id };
            db.DeathCertificates.Add(certificate);
        }

        certificate.FileName = UploadedFile.CleanFileName(fileName, type!.Extension, "death-certificate");
        certificate.ContentType = type.ContentType;
        certificate.Size = bytes!.Length;
        certificate.Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        certificate.CreatedAt = clock.GetUtcNow();
        certificate.CreatedBy = actor.UserName;
        certificate.Content = ExchangeSeals.SealCertificate(encryption, notification.Id, bytes);
        await MailLookups.SaveAsync(db, "death certificate", cancellationToken);
        audit.Record(actor, AuditActions.DeathCertificateAttach, string.Create(CultureInfo.InvariantCulture,
            $"attached the death certificate to {notification.Reference} ({certificate.ContentType}, {certificate.Size} bytes, sha256 {certificate.Sha256})"), [notification.PersonId]);
        return DeathCertificateInfo.Of(certificate);
    }

    public async Task<DeathCertificateFile> ReadCertificateAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        return await OpenCertificateAsync(await FindAsync(reference, tracking: false, cancellationToken), actor, cancellationToken);
    }

    /// <summary>Sends the notification to the person's party of origin; refused without a certificate or when that party is not known.</summary>
    public async Task<DeathNotificationView> TransmitAsync(string reference, int? version, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var notification = await FindAsync(reference, tracking: true, cancellationToken);
        MailLookups.ExpectVersion(notification.Version, version, "death notification");
        var origin = await db.Persons.AsNoTracking().Where(p => p.Id == notification.PersonId).Select(p => p.DependsOnPartyId).SingleAsync(cancellationToken)
            ?? throw new DomainRuleException("party", $"The party on which the person of {notification.Reference} depended is not known: record it on the person before transmitting.");
        var attached = await db.DeathCertificates.AnyAsync(c => c.DeathNotificationId == notification.Id, cancellationToken);
        notification.Transmit(origin, attached, actor, clock.GetUtcNow());
        await MailLookups.SaveAsync(db, "death notification", cancellationToken);
        var parties = await ExchangeRecordLookups.PartyCodesAsync(db, cancellationToken);
        audit.Record(actor, AuditActions.DeathNotificationTransmit, $"transmitted death notification {notification.Reference} to {ExchangeRecordLookups.CodeOf(parties, origin)}", [notification.PersonId]);
        return await ViewAsync(notification, cancellationToken);
    }

    /// <summary>The notifications transmitted to the reader's party, newest first; never another party's, never one not (or no longer) transmitted.</summary>
    public async Task<PagedResult<DeathNotificationSummary>> ReceivedAsync(int? page, int? pageSize, Actor actor, CancellationToken cancellationToken = default)
    {
        var partyId = await PartyOfAsync(actor, cancellationToken);
        var (pageNumber, size) = Paging.Normalise(page, pageSize);
        var result = await PageAsync(Received(partyId), pageNumber, size, cancellationToken);
        audit.Record(actor, AuditActions.DeathNotificationList,
            string.Create(CultureInfo.InvariantCulture, $"death notifications received by {actor.PartyCode} page {pageNumber} of size {size}, {result.Total} found"), result.PersonIds);
        return result.Page;
    }

    public async Task<DeathNotificationView> GetReceivedAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        var notification = await FindReceivedAsync(reference, actor, cancellationToken);
        audit.Record(actor, AuditActions.DeathNotificationRead, $"read death notification {notification.Reference} as received by {actor.PartyCode}", [notification.PersonId]);
        return await ViewAsync(notification, cancellationToken);
    }

    public async Task<DeathCertificateFile> ReadReceivedCertificateAsync(string reference, Actor actor, CancellationToken cancellationToken = default) =>
        await OpenCertificateAsync(await FindReceivedAsync(reference, actor, cancellationToken), actor, cancellationToken);

    public async Task<DeathNotificationView> AcknowledgeAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        var found = await FindReceivedAsync(reference, actor, cancellationToken);
        var notification = await db.DeathNotifications.SingleAsync(n => n.Id == found.Id, cancellationToken);
        notification.Acknowledge(actor, clock.GetUtcNow());
        await MailLookups.SaveAsync(db, "death notification", cancellationToken);
        audit.Record(actor, AuditActions.DeathNotificationAcknowledge, $"acknowledged death notification {notification.Reference} for {actor.PartyCode}", [notification.PersonId]);
        return await ViewAsync(notification, cancellationToken);
    }

    /// <summary>The identity block of a registry person, for the page that records a notification for them.</summary>
    public async Task<DeceasedIdentity> IdentityAsync(string? person, Actor actor, CancellationToken cancellationToken = default)
    {
        ExchangeRecordLookups.EnsureIntermediary(actor);
        var personId = await ExchangeRecordLookups.PersonIdAsync(db, person, cancellationToken);
        return (await ExchangeRecordLookups.IdentitiesAsync(db, [personId], cancellationToken))[personId];
    }

    internal static DeathNotificationDraft? Draft(DeathNotificationInput input, Dictionary<string, string[]> errors)
    {
        PartialDate? died = null;
        if (string.IsNullOrWhiteSpace(input.DateOfDeath))
        {
            errors["dateOfDeath"] = ["The date of death is required (a year, a month or a day)."];
        }
        else if (!PartialDate.TryParse(input.DateOfDeath, out died, out var error))
        {
            errors["dateOfDeath"] = [error ?? "Not a date."];
        }

        PartialDate? buried = null;
        if (!string.IsNullOrWhiteSpace(input.DateOfBurial) && !PartialDate.TryParse(input.DateOfBurial, out buried, out var burialError))
        {
            errors["dateOfBurial"] = [burialError ?? "Not a date."];
        }

        return died is null || errors.ContainsKey("dateOfBurial") ? null : new DeathNotificationDraft(died, input.PlaceOfDeath, input.CauseOfDeath, input.Circumstances, buried,
            input.PlaceOfBurial, input.GraveIdentification, input.GraveMarked, input.Cremated, input.CremationReason, input.OfficialEnquiryRequired, input.ResponsibleAuthority, input.Witnesses);
    }

    private IQueryable<DeathNotification> Received(PartyId partyId) =>
        db.DeathNotifications.AsNoTracking().Where(n => n.TransmittedToPartyId == partyId && n.Status != DeathNotificationStatus.Recorded);

    private async Task<DeathNotification> FindReceivedAsync(string reference, Actor actor, CancellationToken cancellationToken)
    {
        var partyId = await PartyOfAsync(actor, cancellationToken);
        var normalized = ExchangeRecordLookups.Reference(reference, ExchangeReference.DeathPrefix, What);
        return await Received(partyId).SingleOrDefaultAsync(n => n.Reference == normalized, cancellationToken) ?? throw new NotFoundException(What, normalized);
    }

    private async Task<PartyId> PartyOfAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.PartyCode is not { } code)
        {
            throw new ForbiddenException("The notifications received are a party's own feed.");
        }

        return await MailLookups.PartyIdAsync(db, code, "party", cancellationToken);
    }

    private async Task<DeathCertificateFile> OpenCertificateAsync(DeathNotification notification, Actor actor, CancellationToken cancellationToken)
    {
        var certificate = await db.DeathCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.DeathNotificationId == notification.Id, cancellationToken)
            ?? throw new NotFoundException("Death certificate of", notification.Reference);
        var bytes = ExchangeSeals.OpenCertificate(encryption, notification.Id, certificate.Content);
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), certificate.Sha256, StringComparison.Ordinal))
        {
            throw new CryptographicException($"The death certificate of {notification.Reference} does not match the SHA-256 recorded when it was uploaded.");
        }

        audit.Record(actor, AuditActions.DeathCertificateRead, $"read the death certificate of {notification.Reference}", [notification.PersonId]);
        return new DeathCertificateFile(notification.Reference, DeathCertificateInfo.Of(certificate), bytes);
    }

    private async Task<DeathNotification> FindAsync(string reference, bool tracking, CancellationToken cancellationToken)
    {
        var normalized = ExchangeRecordLookups.Reference(reference, ExchangeReference.DeathPrefix, What);
        var query = tracking ? db.DeathNotifications : db.DeathNotifications.AsNoTracking();
        return await query.SingleOrDefaultAsync(n => n.Reference == normalized, cancellationToken) ?? throw new NotFoundException(What, normalized);
    }

    private async Task<(PagedResult<DeathNotificationSummary> Page, int Total, IReadOnlyList<PersonId> PersonIds)> PageAsync(IQueryable<DeathNotification> notifications, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await notifications.CountAsync(cancellationToken);
        // Newest first by id: version-7 ids sort by creation time on both providers.
        var rows = await notifications.OrderByDescending(n => n.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var persons = await ExchangeRecordLookups.IdentitiesAsync(db, rows.Select(n => n.PersonId), cancellationToken);
        var parties = await ExchangeRecordLookups.PartyCodesAsync(db, cancellationToken);
        var ids = rows.Select(n => n.Id).ToList();
        var withCertificate = (await db.DeathCertificates.AsNoTracking().Where(c => ids.Contains(c.DeathNotificationId)).Select(c => c.DeathNotificationId).ToListAsync(cancellationToken)).ToHashSet();
        var items = rows.Select(n =>
        {
            var person = persons[n.PersonId];
            return new DeathNotificationSummary(n.Reference, person.Reference, person.FullName, person.LatinName, person.DependsOn, n.DateOfDeath.ToString(), n.PlaceOfDeath,
                ExchangeCodes.Of(n.Status), ExchangeRecordLookups.CodeOf(parties, n.TransmittedToPartyId), withCertificate.Contains(n.Id), n.OfficialEnquiryRequired);
        }).ToList();
        return (new PagedResult<DeathNotificationSummary>(items, total, page, pageSize), total, rows.Select(n => n.PersonId).Distinct().ToList());
    }

    private async Task<DeathNotificationView> ViewAsync(DeathNotification notification, CancellationToken cancellationToken)
    {
        var person = (await ExchangeRecordLookups.IdentitiesAsync(db, [notification.PersonId], cancellationToken))[notification.PersonId];
        var parties = await ExchangeRecordLookups.PartyCodesAsync(db, cancellationToken);
        var certificate = await db.DeathCertificates.AsNoTracking().Where(c => c.DeathNotificationId == notification.Id)
            .Select(c => new DeathCertificateInfo(c.FileName, c.ContentType, c.Size, c.Sha256, c.CreatedAt, c.CreatedBy)).SingleOrDefaultAsync(cancellationToken);
        var packets = await EffectsPacketService.SummariesAsync(db, db.EffectsPackets.AsNoTracking().Where(p => p.DeathNotificationId == notification.Id), cancellationToken);
        return new DeathNotificationView(notification, person, ExchangeRecordLookups.CodeOf(parties, notification.ReportedByPartyId),
            ExchangeRecordLookups.CodeOf(parties, notification.TransmittedToPartyId), certificate, packets);
    }

    private static void Merge(Dictionary<string, string[]> errors, ValidationFailedException ex)
    {
        foreach (var (field, messages) in ex.Errors)
        {
            errors.TryAdd(field, messages);
        }
    }
}
