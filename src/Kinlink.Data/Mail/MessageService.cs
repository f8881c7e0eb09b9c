using System.Globalization;
using System.Security.Cryptography;
using Kinlink.Data.Access;
using Kinlink.Data.Files;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Kinlink.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Mail;

/// <summary>
/// Use cases of messages (Red Cross messages, letters, cards, capture cards) for the intermediary's mail staff: take one in
/// (sealed, and routed to where the person is held now when it goes to them), list and read them, record the detaining
/// authority's check as reported, the delivery or why it failed, and the paper form's scan. The text, the family member
/// and the scan are opened only for callers who say they hold the text permission (this service cannot see roles).
/// </summary>
public sealed class MessageService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit, FieldEncryption encryption)
{
    public async Task<Message> CreateAsync(MessageInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureIntermediary(actor);
        var errors = new Dictionary<string, string[]>();
        var kind = ReadCode<MessageKind>(input.Kind, MailCodes.Of, "kind", "a kind of message", required: true, errors);
        var directionText = string.IsNullOrWhiteSpace(input.Direction) && kind == MessageKind.CaptureCard ? MailCodes.Of(MessageDirection.FromDetainee) : input.Direction;
        var direction = ReadCode<MessageDirection>(directionText, MailCodes.Of, "direction", "a direction", required: true, errors);
        var intake = ReadCode<MailIntake>(string.IsNullOrWhiteSpace(input.Intake) ? MailCodes.Of(MailIntake.Caseworker) : input.Intake, MailCodes.Of, "intake", "a way of taking a message in", required: true, errors);
        var personId = await PersonIdAsync(input.Person, "person", errors, cancellationToken);
        Enquiry? enquiry = null;
        if (!string.IsNullOrWhiteSpace(input.Enquiry))
        {
            enquiry = await EnquiryAsync(input.Enquiry, "enquiry", errors, cancellationToken);
            if (enquiry is not null && personId is not null && enquiry.PersonId != personId)
            {
                errors["enquiry"] = [enquiry.PersonId is null
                    ? $"Enquiry {enquiry.Reference.Value} has no located person yet: a message needs the person the enquiry found."
                    : $"Enquiry {enquiry.Reference.Value} is about another person."];
            }
        }

        Message? inReplyTo = null;
        if (!string.IsNullOrWhiteSpace(input.ReplyTo))
        {
            var replyReference = MailReference.Normalize(input.ReplyTo, MailReference.MessagePrefix);
            inReplyTo = replyReference is null ? null : await db.Messages.SingleOrDefaultAsync(m => m.Reference == replyReference, cancellationToken);
            if (inReplyTo is null)
            {
                errors["replyTo"] = [replyReference is null ? $"'{input.ReplyTo.Trim()}' is not a message reference (MSG-XXXX-XXXX)." : $"No message {replyReference}."];
            }
        }

        ValidationFailedException.ThrowIfAny(errors);
        var draft = new MessageDraft(kind!.Value, direction!.Value, personId!.Value, enquiry?.Id, input.CorrespondentName, input.CorrespondentAddress,
            input.CorrespondentRelation, input.Language, input.Text, intake!.Value, inReplyTo?.Id);
        var now = clock.GetUtcNow();
        var message = Message.Create(draft, inReplyTo, MailSeals.ForMessages(encryption), actor, now);
        await MailRouter.RouteAsync(db, message, actor, now, cancellationToken);
        db.Messages.Add(message);
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.MessageCreate,
            $"took in {MailCodes.Of(message.Kind)} {message.Reference} {MailCodes.Of(message.Direction)} ({MailCodes.Of(message.Intake)})"
            + (inReplyTo is null ? "" : $" in reply to {inReplyTo.Reference}") + (enquiry is null ? "" : $" for enquiry {enquiry.Reference.Value}"),
            [message.PersonId]);
        return message;
    }

    public async Task<PagedResult<MessageSummary>> ListAsync(MessageQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureIntermediary(actor);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var errors = new Dictionary<string, string[]>();
        var status = ReadCode<MailStatus>(query.Status, MailCodes.Of, "status", "a status", required: false, errors);
        var direction = ReadCode<MessageDirection>(query.Direction, MailCodes.Of, "direction", "a direction", required: false, errors);
        var kind = ReadCode<MessageKind>(query.Kind, MailCodes.Of, "kind", "a kind of message", required: false, errors);
        var from = VisitService.ParseDate(query.ReceivedFrom, "receivedFrom", required: false, errors);
        var to = VisitService.ParseDate(query.ReceivedTo, "receivedTo", required: false, errors);
        var messages = db.Messages.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Person) && await PersonIdAsync(query.Person, "person", errors, cancellationToken) is { } personId)
        {
            messages = messages.Where(m => m.PersonId == personId);
        }

        if (!string.IsNullOrWhiteSpace(query.Enquiry) && await EnquiryAsync(query.Enquiry, "enquiry", errors, cancellationToken) is { } enquiry)
        {
            messages = messages.Where(m => m.EnquiryId == enquiry.Id);
        }

        if (!string.IsNullOrWhiteSpace(query.Place))
        {
            var code = query.Place.Trim().ToUpperInvariant();
            var placeId = await db.Places.Where(p => p.Code == code).Select(p => (PlaceId?)p.Id).SingleOrDefaultAsync(cancellationToken);
            if (placeId is null)
            {
                errors["place"] = [$"'{query.Place.Trim()}' is not a known place-of-detention code."];
            }

            messages = messages.Where(m => m.RoutedPlaceId == placeId);
        }

        if (!string.IsNullOrWhiteSpace(query.Party))
        {
            var code = query.Party.Trim().ToUpperInvariant();
            var partyId = await db.Parties.Where(p => p.Code == code).Select(p => (PartyId?)p.Id).SingleOrDefaultAsync(cancellationToken);
            if (partyId is null)
            {
                errors["party"] = [$"'{query.Party.Trim()}' is not a known party code."];
            }

            messages = messages.Where(m => m.DetainingPartyId == partyId);
        }

        if (from is not null && to is not null && to < from)
        {
            errors["receivedTo"] = ["The last day comes before the first."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        if (status is { } s)
        {
            messages = messages.Where(m => m.Status == s);
        }

        if (direction is { } d)
        {
            messages = messages.Where(m => m.Direction == d);
        }

        if (kind is { } k)
        {
            messages = messages.Where(m => m.Kind == k);
        }

        if (query.OpenOnly)
        {
            messages = messages.Where(m => m.Status == MailStatus.Received || m.Status == MailStatus.Cleared || m.Status == MailStatus.InTransit);
        }

        if (from is not null || to is not null)
        {
            messages = await ReceivedBetweenAsync(messages, from, to, cancellationToken);
        }

        var total = await messages.CountAsync(cancellationToken);
        var rows = await messages.OrderByDescending(m => m.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(m => new
            {
                m.Reference, m.Kind, m.Direction, m.Status, m.ReceivedAt, m.PersonId,
                Person = db.Persons.Where(p => p.Id == m.PersonId).Select(p => new { p.Reference, p.Surname, p.GivenName, p.Patronymic }).First(),
                Enquiry = db.Enquiries.Where(e => e.Id == m.EnquiryId).Select(e => e.Reference).FirstOrDefault(),
                Place = db.Places.Where(p => p.Id == m.RoutedPlaceId).Select(p => p.Code).FirstOrDefault(),
                Last = db.MailEvents.Where(e => e.MessageId == m.Id).OrderByDescending(e => e.Id).Select(e => new { e.Kind, e.At }).First(),
            })
            .ToListAsync(cancellationToken);
        var terms = new[]
            {
                ("status", query.Status), ("direction", query.Direction), ("kind", query.Kind), ("person", query.Person), ("enquiry", query.Enquiry),
                ("place", query.Place), ("party", query.Party), ("receivedFrom", query.ReceivedFrom), ("receivedTo", query.ReceivedTo),
                ("open", query.OpenOnly ? "yes" : null),
            }
            .Where(t => !string.IsNullOrWhiteSpace(t.Item2)).Select(t => $"{t.Item1}={t.Item2!.Trim()}");
        audit.Record(actor, AuditActions.MessageList,
            string.Create(CultureInfo.InvariantCulture, $"messages {string.Join(' ', terms)} page {page} of size {pageSize}, {total} found"), rows.Select(r => r.PersonId).Distinct());
        return new PagedResult<MessageSummary>(
            rows.Select(r => new MessageSummary(r.Reference, r.Kind, r.Direction, r.Person.Reference.Value, JoinName(r.Person.Surname, r.Person.GivenName, r.Person.Patronymic),
                r.Enquiry?.Value, r.Place, r.Status, r.ReceivedAt, r.Last.Kind, r.Last.At)).ToList(),
            total, page, pageSize);
    }

    public async Task<MessageRecord> GetAsync(string reference, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var message = await FindAsync(reference, tracking: false, cancellationToken);
        var record = await RecordOfAsync(message, cancellationToken);
        audit.Record(actor, AuditActions.MessageRead, $"read the trail of message {message.Reference}", [message.PersonId]);
        return record;
    }

    /// <summary>What the message says and who the family member is; only for callers who hold the text permission.</summary>
    public async Task<MessageText> ReadTextAsync(string reference, bool userMayReadText, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        EnsureMayReadText(userMayReadText);
        var message = await FindAsync(reference, tracking: false, cancellationToken);
        var text = new MessageText(message.Reference, MailSeals.OpenText(encryption, message), MailSeals.OpenCorrespondentName(encryption, message),
            MailSeals.OpenCorrespondentAddress(encryption, message), message.CorrespondentRelation, message.Language);
        audit.Record(actor, AuditActions.MessageRead, $"opened the text of message {message.Reference}", [message.PersonId]);
        return text;
    }

    /// <summary>Records the detaining authority's check as it reported it to the intermediary. Withheld ends the trail.</summary>
    public async Task<Message> RecordCheckAsync(string reference, MessageCheckInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureIntermediary(actor);
        var message = await FindAsync(reference, tracking: true, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var version = RequireVersion(input.Version, errors);
        var outcome = ReadCode<MessageCheckOutcome>(input.Outcome, MailCodes.Of, "outcome", "an outcome of the check", required: true, errors);
        ValidationFailedException.ThrowIfAny(errors);
        ExpectVersion(message, version);
        message.RecordCheck(outcome!.Value, input.Note, actor, clock.GetUtcNow());
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.MessageCheck, $"recorded the authority's check of message {message.Reference}: {MailCodes.Of(outcome.Value)}", [message.PersonId]);
        return message;
    }

    /// <summary>Records the delivery. A delegate's delivery names a recorded visit to the place the message is routed to.</summary>
    public async Task<Message> DeliverAsync(string reference, MessageDeliveryInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureIntermediary(actor);
        var message = await FindAsync(reference, tracking: true, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var version = RequireVersion(input.Version, errors);
        var channel = ReadCode<DeliveryChannel>(input.Channel, MailCodes.Of, "channel", "a way of delivery", required: true, errors);
        Visit? visit = null;
        if (channel == DeliveryChannel.DelegateOnVisit)
        {
            var visitReference = VisitReference.Normalize(input.Visit, VisitReference.VisitPrefix);
            visit = visitReference is null ? null : await db.Visits.AsNoTracking().SingleOrDefaultAsync(v => v.Reference == visitReference, cancellationToken);
            if (visit is null)
            {
                errors["visit"] = [string.IsNullOrWhiteSpace(input.Visit) ? "Name the visit on which the delegate handed it over (VIS-XXXX-XXXX)."
                    : visitReference is null ? $"'{input.Visit.Trim()}' is not a visit reference (VIS-XXXX-XXXX)." : $"No visit {visitReference}."];
            }
            else if (message.RoutedPlaceId is { } routed && visit.PlaceId != routed)
            {
                errors["visit"] = [$"Visit {visit.Reference} was to another place than the one {message.Reference} is routed to."];
            }
        }
        else if (!string.IsNullOrWhiteSpace(input.Visit))
        {
            errors["visit"] = ["A visit is named only for a delegate's delivery on a visit."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        ExpectVersion(message, version);
        message.Deliver(channel!.Value, visit?.Id, input.Note, actor, clock.GetUtcNow());
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.MessageDeliver,
            $"recorded the delivery of message {message.Reference}: {MailCodes.Of(channel.Value)}{(visit is null ? "" : $" on visit {visit.Reference}")}", [message.PersonId]);
        return message;
    }

    public async Task<Message> MarkUndeliverableAsync(string reference, MessageUndeliverableInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureIntermediary(actor);
        var message = await FindAsync(reference, tracking: true, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var version = RequireVersion(input.Version, errors);
        var reason = ReadCode<UndeliverableReason>(input.Reason, MailCodes.Of, "reason", "a reason", required: true, errors);
        ValidationFailedException.ThrowIfAny(errors);
        ExpectVersion(message, version);
        message.MarkUndeliverable(reason!.Value, input.Note, actor, clock.GetUtcNow());
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.MessageUndeliverable, $"recorded message {message.Reference} as undeliverable: {MailCodes.Of(reason.Value)}", [message.PersonId]);
        return message;
    }

    /// <summary>
    /// Stores (or replaces) the scan of the paper form: a PDF, JPEG or PNG by its first bytes, at most
    /// <see cref="MessageScan.MaxBytes"/>, sealed bound to the message. Only for callers with the text permission: a scan shows the text.
    /// </summary>
    public async Task<MessageScanInfo> AttachScanAsync(string reference, Stream? content, string? fileName, bool userMayReadText, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        EnsureMayReadText(userMayReadText);
        var message = await FindAsync(reference, tracking: true, cancellationToken);
        byte[]? bytes = null;
        string? problem;
        if (content is null)
        {
            problem = "Choose the scan to upload (PDF, JPEG or PNG).";
        }
        else
        {
            (bytes, problem) = await UploadedFile.ReadLimitedAsync(content, MessageScan.MaxBytes, cancellationToken);
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

        var now = clock.GetUtcNow();
        var scan = await db.MessageScans.SingleOrDefaultAsync(s => s.MessageId == message.Id, cancellationToken);
        if (scan is null)
        {
            scan = new MessageScan { MessageId = message.Id };
            db.MessageScans.Add(scan);
        }

        scan.FileName = UploadedFile.CleanFileName(fileName, type!.Extension, "scan");
        scan.ContentType = type.ContentType;
        scan.Size = bytes!.Length;
        scan.Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        scan.CreatedAt = now;
        scan.CreatedBy = actor.UserName;
        scan.Content = MailSeals.SealScan(encryption, message.Id, bytes);
        message.AttachScan();
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.MessageScanAttach, string.Create(CultureInfo.InvariantCulture,
            $"attached a scan to message {message.Reference} ({scan.ContentType}, {scan.Size} bytes, sha256 {scan.Sha256})"), [message.PersonId]);
        return Info(scan);
    }

    public async Task<MessageScanFile> ReadScanAsync(string reference, bool userMayReadText, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        EnsureMayReadText(userMayReadText);
        var message = await FindAsync(reference, tracking: false, cancellationToken);
        var scan = await db.MessageScans.AsNoTracking().SingleOrDefaultAsync(s => s.MessageId == message.Id, cancellationToken)
            ?? throw new NotFoundException("Scan of message", message.Reference);
        var bytes = MailSeals.OpenScan(encryption, message.Id, scan.Content);
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), scan.Sha256, StringComparison.Ordinal))
        {
            throw new CryptographicException($"The scan of message {message.Reference} does not match the SHA-256 recorded when it was uploaded.");
        }

        audit.Record(actor, AuditActions.MessageScanRead, $"read the scan of message {message.Reference}", [message.PersonId]);
        return new MessageScanFile(message.Reference, Info(scan), bytes);
    }

    /// <summary>
    /// What the form for a new message starts with: the person of a located enquiry with its enquirer as the family member,
    /// or the person and enquiry of the message being answered, going the other way. Plain values only, nothing sealed.
    /// </summary>
    public async Task<MessageInput> PrefillAsync(string? person, string? enquiry, string? replyTo, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureIntermediary(actor);
        var errors = new Dictionary<string, string[]>();
        var input = new MessageInput { Kind = MailCodes.Of(MessageKind.RedCrossMessage), Direction = MailCodes.Of(MessageDirection.ToDetainee) };
        if (!string.IsNullOrWhiteSpace(replyTo))
        {
            var original = await FindAsync(replyTo, tracking: false, cancellationToken);
            input = input with
            {
                ReplyTo = original.Reference,
                Direction = MailCodes.Of(original.Direction == MessageDirection.ToDetainee ? MessageDirection.FromDetainee : MessageDirection.ToDetainee),
                Person = await db.Persons.Where(p => p.Id == original.PersonId).Select(p => p.Reference.Value).SingleAsync(cancellationToken),
                Enquiry = original.EnquiryId is { } enquiryId ? await db.Enquiries.Where(e => e.Id == enquiryId).Select(e => e.Reference.Value).SingleAsync(cancellationToken) : null,
                CorrespondentRelation = original.CorrespondentRelation,
                Language = original.Language,
            };
        }
        else if (!string.IsNullOrWhiteSpace(enquiry))
        {
            var found = await EnquiryAsync(enquiry, "enquiry", errors, cancellationToken);
            ValidationFailedException.ThrowIfAny(errors);
            if (found!.PersonId is not { } personId)
            {
                throw new ValidationFailedException("enquiry", $"Enquiry {found.Reference.Value} has no located person yet: a message needs the person the enquiry found.");
            }

            input = input with
            {
                Enquiry = found.Reference.Value,
                Person = await db.Persons.Where(p => p.Id == personId).Select(p => p.Reference.Value).SingleAsync(cancellationToken),
                CorrespondentName = found.EnquirerFullName,
                CorrespondentRelation = TracingCodes.Of(found.EnquirerRelation),
                Language = TracingCodes.Of(found.EnquirerLanguage),
            };
        }
        else if (!string.IsNullOrWhiteSpace(person))
        {
            var personId = await PersonIdAsync(person, "person", errors, cancellationToken);
            ValidationFailedException.ThrowIfAny(errors);
            input = input with { Person = await db.Persons.Where(p => p.Id == personId).Select(p => p.Reference.Value).SingleAsync(cancellationToken) };
        }

        return input;
    }

    /// <summary>The messages of one enquiry, both ways, for its case page (newest first).</summary>
    public async Task<IReadOnlyList<MessageSummary>> ForEnquiryAsync(string enquiryReference, Actor actor, CancellationToken cancellationToken = default) =>
        (await ListAsync(new MessageQuery(Enquiry: enquiryReference, PageSize: Paging.MaxPageSize), actor, cancellationToken)).Items;

    private async Task<MessageRecord> RecordOfAsync(Message message, CancellationToken cancellationToken)
    {
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == message.PersonId)
            .Select(p => new { p.Reference, p.Surname, p.GivenName, p.Patronymic }).SingleAsync(cancellationToken);
        var enquiry = message.EnquiryId is { } enquiryId
            ? await db.Enquiries.Where(e => e.Id == enquiryId).Select(e => e.Reference.Value).SingleAsync(cancellationToken)
            : null;
        var place = message.RoutedPlaceId is { } placeId
            ? await db.Places.AsNoTracking().Where(p => p.Id == placeId).Select(p => new { p.Code, p.Name }).SingleAsync(cancellationToken)
            : null;
        var party = message.DetainingPartyId is { } partyId ? await db.Parties.Where(p => p.Id == partyId).Select(p => p.Code).SingleAsync(cancellationToken) : null;
        var batch = message.BatchId is { } batchId ? await db.MailBatches.Where(b => b.Id == batchId).Select(b => b.Reference).SingleAsync(cancellationToken) : null;
        var visit = message.DeliveredOnVisitId is { } visitId ? await db.Visits.Where(v => v.Id == visitId).Select(v => v.Reference).SingleAsync(cancellationToken) : null;
        var inReplyTo = message.InReplyToId is { } originalId ? await db.Messages.Where(m => m.Id == originalId).Select(m => m.Reference).SingleAsync(cancellationToken) : null;
        var replies = await db.Messages.Where(m => m.InReplyToId == message.Id).OrderBy(m => m.Id).Select(m => m.Reference).ToListAsync(cancellationToken);
        var scan = await db.MessageScans.AsNoTracking().Where(s => s.MessageId == message.Id)
            .Select(s => new MessageScan { MessageId = s.MessageId, FileName = s.FileName, ContentType = s.ContentType, Size = s.Size, Sha256 = s.Sha256, CreatedAt = s.CreatedAt, CreatedBy = s.CreatedBy })
            .SingleOrDefaultAsync(cancellationToken);
        var placeIds = message.Events.Where(e => e.PlaceId is not null).Select(e => e.PlaceId!.Value).Distinct().ToList();
        var placeCodes = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var steps = message.Events.OrderBy(e => e.Id.Value)
            .Select(e => new MessageStep(e.Kind, e.At, e.By, e.ToStatus, e.PlaceId is { } p ? placeCodes.GetValueOrDefault(p) : null, e.Note)).ToList();
        return new MessageRecord(message, person.Reference.Value, JoinName(person.Surname, person.GivenName, person.Patronymic), enquiry, place?.Code, place?.Name, party,
            batch, visit, inReplyTo, replies, scan is null ? null : Info(scan), steps);
    }

    /// <summary>
    /// SQLite cannot compare the stored times in a query, so there the days are applied to the (already filtered) messages'
    /// times in memory, and the query keeps to those ids; PostgreSQL compares in the database.
    /// </summary>
    private async Task<IQueryable<Message>> ReceivedBetweenAsync(IQueryable<Message> messages, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var start = from is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.MinValue;
        var end = to is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.MaxValue;
        if (db.Database.IsNpgsql())
        {
            return messages.Where(m => m.ReceivedAt >= start && m.ReceivedAt < end);
        }

        var times = await messages.Select(m => new { m.Id, m.ReceivedAt }).ToListAsync(cancellationToken);
        var ids = times.Where(m => m.ReceivedAt >= start && m.ReceivedAt < end).Select(m => m.Id).ToList();
        return messages.Where(m => ids.Contains(m.Id));
    }

    internal async Task<Message> FindAsync(string reference, bool tracking, CancellationToken cancellationToken)
    {
        var normalized = MailReference.Normalize(reference, MailReference.MessagePrefix) ?? throw new NotFoundException("Message", reference);
        var query = db.Messages.Include(m => m.Events).AsQueryable();
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        return await query.SingleOrDefaultAsync(m => m.Reference == normalized, cancellationToken) ?? throw new NotFoundException("Message", normalized);
    }

    /// <summary>A registered person by id or registry reference; a record merged into another is refused, naming the one to use.</summary>
    private async Task<PersonId?> PersonIdAsync(string? idOrReference, string field, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var text = (idOrReference ?? "").Trim();
        var query = db.Persons.AsNoTracking();
        if (Guid.TryParse(text, out var guid))
        {
            var id = new PersonId(guid);
            query = query.Where(p => p.Id == id);
        }
        else if (IntermediaryReference.TryParse(text, out var parsed))
        {
            query = query.Where(p => p.Reference == parsed);
        }
        else
        {
            errors[field] = [text.Length == 0 ? "Name the person by registry reference (KL-XXXX-XXXX)." : $"'{text}' is not a registry reference (KL-XXXX-XXXX)."];
            return null;
        }

        var found = await query.Select(p => new { p.Id, p.MergedIntoId }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            errors[field] = [$"No person {text} is registered."];
            return null;
        }

        if (found.MergedIntoId is { } survivor)
        {
            var survivorReference = await db.Persons.Where(p => p.Id == survivor).Select(p => p.Reference.Value).SingleAsync(cancellationToken);
            errors[field] = [$"{text} was merged into {survivorReference}: use that reference."];
            return null;
        }

        return found.Id;
    }

    private async Task<Enquiry?> EnquiryAsync(string text, string field, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (!EnquiryReference.TryParse(text, out var reference))
        {
            errors[field] = [$"'{text.Trim()}' is not an enquiry reference."];
            return null;
        }

        var enquiry = await db.Enquiries.AsNoTracking().SingleOrDefaultAsync(e => e.Reference == reference, cancellationToken);
        if (enquiry is null)
        {
            errors[field] = [$"No enquiry {reference!.Value}."];
        }

        return enquiry;
    }

    private static T? ReadCode<T>(string? text, Func<T, string> code, string field, string what, bool required, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors[field] = [$"Give {what}: {MailCodes.List(code)}."];
            }

            return null;
        }

        if (MailCodes.TryParse(text, code, out T value))
        {
            return value;
        }

        errors[field] = [$"'{text.Trim()}' is not {what}: use {MailCodes.List(code)}."];
        return null;
    }

    private static int RequireVersion(int? version, Dictionary<string, string[]> errors)
    {
        if (version is null)
        {
            errors["version"] = ["Send the version you read, so a change made meanwhile is not overwritten."];
        }

        return version ?? 0;
    }

    private static MessageScanInfo Info(MessageScan scan) => new(scan.FileName, scan.ContentType, scan.Size, scan.Sha256, scan.CreatedAt, scan.CreatedBy);

    internal static string JoinName(string surname, string givenName, string patronymic) =>
        string.Join(' ', new[] { surname, givenName, patronymic }.Where(s => s.Length > 0));

    internal static void EnsureIntermediary(Actor actor) =>
        IntermediaryWork.Ensure(actor, "Messages are taken in and carried by the intermediary's staff only.");

    private static void EnsureMayReadText(bool userMayReadText)
    {
        if (!userMayReadText)
        {
            throw new ForbiddenException("A message's text, its scan and the family member are read only by the intermediary's caseworkers and delegates.");
        }
    }

    private static void ExpectVersion(Message message, int expectedVersion)
    {
        if (message.Version != expectedVersion)
        {
            throw new ConflictException($"Message {message.Reference} was changed by someone else (version {message.Version}, you had {expectedVersion}). Reload it and make your change again.");
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The message was changed by someone else meanwhile. Reload it and make your change again.");
        }
    }
}
