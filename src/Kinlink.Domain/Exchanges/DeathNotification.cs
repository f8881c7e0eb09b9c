using Kinlink.Domain.Common;

namespace Kinlink.Domain.Exchanges;

/// <summary>
/// A notification of death (GC III art. 120, Annex IV D) as the detaining party sent it: the identity is the registry
/// person's; the rest is here. The certificate is attached as a file; the notification is transmitted to the party on
/// which the person depended, which acknowledges it. Deaths of unknown cause or caused by a sentry or another person
/// call for an official enquiry (art. 121), flagged.
/// </summary>
public sealed class DeathNotification
{
    public const int PlaceLength = 300;
    public const int TextLength = 2000;
    public const int AuthorityLength = 300;

    private DeathNotification()
    {
    }

    public DeathNotificationId Id { get; private set; }

    public string Reference { get; private set; } = "";

    public PersonId PersonId { get; private set; }

    /// <summary>The party that notified the death (the detaining power), if known.</summary>
    public PartyId? ReportedByPartyId { get; private set; }

    public PartialDate DateOfDeath { get; private set; } = null!;

    public string PlaceOfDeath { get; private set; } = "";

    public string CauseOfDeath { get; private set; } = "";

    public string Circumstances { get; private set; } = "";

    public PartialDate? DateOfBurial { get; private set; }

    public string PlaceOfBurial { get; private set; } = "";

    /// <summary>All particulars needed to find the grave (cemetery, plot, row, number, marker).</summary>
    public string GraveIdentification { get; private set; } = "";

    public bool GraveMarked { get; private set; }

    public bool Cremated { get; private set; }

    /// <summary>Why the body was cremated (hygiene, religion, the deceased's wish): art. 120(5) has it stated.</summary>
    public string CremationReason { get; private set; } = "";

    /// <summary>Art. 121: an official enquiry is due (death of unknown cause, or caused or suspected to be caused by a sentry, another prisoner or anyone else).</summary>
    public bool OfficialEnquiryRequired { get; private set; }

    /// <summary>The responsible authority and officer who signed the notification, as written.</summary>
    public string ResponsibleAuthority { get; private set; } = "";

    public string Witnesses { get; private set; } = "";

    public DeathNotificationStatus Status { get; private set; }

    /// <summary>The party the notification was transmitted to (the person's party of origin).</summary>
    public PartyId? TransmittedToPartyId { get; private set; }

    public DateTimeOffset? TransmittedAt { get; private set; }

    public string TransmittedBy { get; private set; } = "";

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string AcknowledgedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public static DeathNotification Record(PersonId personId, PartyId? reportedByPartyId, DeathNotificationDraft draft, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var notification = new DeathNotification
        {
            Id = DeathNotificationId.New(),
            Reference = ExchangeReference.New(ExchangeReference.DeathPrefix),
            PersonId = personId,
            ReportedByPartyId = reportedByPartyId,
            Status = DeathNotificationStatus.Recorded,
            CreatedAt = at,
            CreatedBy = actor.UserName,
        };
        notification.Apply(draft, at);
        return notification;
    }

    /// <summary>Corrects the particulars; a transmitted notification goes back to "recorded", to be sent again.</summary>
    public void Correct(DeathNotificationDraft draft, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Apply(draft, at);
        Status = DeathNotificationStatus.Recorded;
        TransmittedAt = null;
        TransmittedBy = "";
        AcknowledgedAt = null;
        AcknowledgedBy = "";
        Version++;
    }

    /// <summary>Sends the notification to the person's party of origin; needs the certificate attached.</summary>
    public void Transmit(PartyId toPartyId, bool certificateAttached, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!certificateAttached)
        {
            throw new DomainRuleException("certificate", $"Attach the death certificate to {Reference} before transmitting it.");
        }

        if (Status != DeathNotificationStatus.Recorded)
        {
            throw new DomainRuleException("status", $"{Reference} has already been transmitted.");
        }

        if (ReportedByPartyId == toPartyId)
        {
            throw new DomainRuleException("party", "The notification goes to the party on which the person depended, not back to the party that sent it.");
        }

        Status = DeathNotificationStatus.Transmitted;
        TransmittedToPartyId = toPartyId;
        TransmittedAt = at;
        TransmittedBy = actor.UserName;
        UpdatedAt = at;
        Version++;
    }

    /// <summary>The receiving party confirms it has the notification.</summary>
    public void Acknowledge(Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != DeathNotificationStatus.Transmitted)
        {
            throw new DomainRuleException("status", Status == DeathNotificationStatus.Acknowledged ? $"{Reference} is already acknowledged." : $"{Reference} has not been transmitted.");
        }

        Status = DeathNotificationStatus.Acknowledged;
        AcknowledgedAt = at;
        AcknowledgedBy = actor.UserName;
        UpdatedAt = at;
        Version++;
    }

    private void Apply(DeathNotificationDraft draft, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string[]>();
        if (draft.DateOfDeath is null)
        {
            errors["dateOfDeath"] = ["The date of death is required (a year, a month or a day)."];
        }
        else if (draft.DateOfDeath.Earliest > DateOnly.FromDateTime(at.UtcDateTime.AddDays(1)))
        {
            errors["dateOfDeath"] = ["The date of death cannot be in the future."];
        }

        if (draft.DateOfBurial is { } burial && draft.DateOfDeath is { } death && burial < death)
        {
            errors["dateOfBurial"] = ["The burial cannot come before the death."];
        }

        string Text(string? value, int length, string field, bool required = false, string? requiredMessage = null)
        {
            var text = (value ?? "").Trim();
            if (required && text.Length == 0)
            {
                errors[field] = [requiredMessage ?? "Required."];
            }
            else if (text.Length > length)
            {
                errors[field] = [$"At most {length} characters."];
            }

            return text;
        }

        var place = Text(draft.PlaceOfDeath, PlaceLength, "placeOfDeath", true, "Say where the person died.");
        var cause = Text(draft.CauseOfDeath, TextLength, "causeOfDeath", true, "Give the cause of death as notified (\"unknown\" if so; art. 121 then calls for an enquiry).");
        var circumstances = Text(draft.Circumstances, TextLength, "circumstances");
        var burialPlace = Text(draft.PlaceOfBurial, PlaceLength, "placeOfBurial");
        var grave = Text(draft.GraveIdentification, TextLength, "graveIdentification");
        var cremationReason = Text(draft.CremationReason, TextLength, "cremationReason", draft.Cremated, "Art. 120(5): the certificate states why the body was cremated (hygiene, religion, the deceased's wish).");
        var authority = Text(draft.ResponsibleAuthority, AuthorityLength, "responsibleAuthority");
        var witnesses = Text(draft.Witnesses, TextLength, "witnesses");
        if (!draft.Cremated && draft.DateOfBurial is not null && burialPlace.Length == 0)
        {
            errors["placeOfBurial"] = ["Say where the person was buried."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        DateOfDeath = draft.DateOfDeath!;
        PlaceOfDeath = place;
        CauseOfDeath = cause;
        Circumstances = circumstances;
        DateOfBurial = draft.DateOfBurial;
        PlaceOfBurial = burialPlace;
        GraveIdentification = grave;
        GraveMarked = draft.GraveMarked;
        Cremated = draft.Cremated;
        CremationReason = draft.Cremated ? cremationReason : "";
        OfficialEnquiryRequired = draft.OfficialEnquiryRequired;
        ResponsibleAuthority = authority;
        Witnesses = witnesses;
        UpdatedAt = at;
    }
}
