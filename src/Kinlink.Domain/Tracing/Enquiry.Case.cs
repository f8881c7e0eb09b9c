using Kinlink.Domain.Common;

namespace Kinlink.Domain.Tracing;

// The case life cycle (issue 5 item 4): status changes with a reason, and the located person's consent to share news.
public sealed partial class Enquiry
{
    public const int ReasonLength = 1000;

    /// <summary>With <see cref="SharingConsent.Refused"/>: what the person still allowed the family to be told.</summary>
    public RefusalAllowance AllowedOnRefusal { get; private set; }

    /// <summary>
    /// The statuses a case may move to from each status. Forward along open → searching → an end, and back to searching
    /// from an end when new information arrives (a "dead" report proves wrong, a family asks again after withdrawing,
    /// a closed case gets a new lead, the located person turns out not to be the sought one). From open a case may end at
    /// once, when matching on creation finds the person or the family withdraws; it cannot be closed without a result
    /// before anyone searched.
    /// </summary>
    public static IReadOnlySet<EnquiryStatus> NextStatuses(EnquiryStatus from) => from switch
    {
        EnquiryStatus.Open => new HashSet<EnquiryStatus> { EnquiryStatus.Searching, EnquiryStatus.Located, EnquiryStatus.ReportedDead, EnquiryStatus.Withdrawn },
        EnquiryStatus.Searching => new HashSet<EnquiryStatus> { EnquiryStatus.Located, EnquiryStatus.ReportedDead, EnquiryStatus.ClosedWithoutResult, EnquiryStatus.Withdrawn },
        EnquiryStatus.Located => new HashSet<EnquiryStatus> { EnquiryStatus.Searching, EnquiryStatus.ReportedDead, EnquiryStatus.Withdrawn },
        EnquiryStatus.ReportedDead => new HashSet<EnquiryStatus> { EnquiryStatus.Searching },
        EnquiryStatus.ClosedWithoutResult => new HashSet<EnquiryStatus> { EnquiryStatus.Searching },
        EnquiryStatus.Withdrawn => new HashSet<EnquiryStatus> { EnquiryStatus.Searching },
    };

    /// <summary>
    /// Moves the case to <paramref name="to"/>. Located needs the confirmed person (<see cref="PersonId"/>) and the place
    /// of detention the intermediary knows them at (<paramref name="placeOfDetention"/>, from the registry), both kept on the event.
    /// </summary>
    /// <exception cref="ValidationFailedException">No reason given (field <c>reason</c>).</exception>
    /// <exception cref="DomainRuleException">The move is not allowed from the current status, or located lacks the person or place (field <c>status</c>).</exception>
    public EnquiryEvent ChangeStatus(EnquiryStatus to, string? reason, PlaceId? placeOfDetention, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var why = RequiredReason(reason);
        if (!NextStatuses(Status).Contains(to))
        {
            throw new DomainRuleException("status", Status == to
                ? $"The case is already {StatusCode(to)}."
                : $"A case that is {StatusCode(Status)} cannot become {StatusCode(to)}; it can become {string.Join(", ", NextStatuses(Status).Order().Select(StatusCode))}.");
        }

        PersonId? person = null;
        PlaceId? place = null;
        if (to == EnquiryStatus.Located)
        {
            if (PersonId is null)
            {
                throw new DomainRuleException("status", "A case becomes located only once a caseworker has confirmed the registry's person it is about.");
            }

            if (placeOfDetention is null)
            {
                throw new DomainRuleException("status", "A case becomes located only when the intermediary knows where the person is held: the registry has no current place of detention for the confirmed person.");
            }

            person = PersonId;
            place = placeOfDetention;
        }

        var change = EnquiryEvent.StatusChange(Id, Status, to, why, person, place, actor, now);
        Status = to;
        return change;
    }

    /// <summary>
    /// Records the located person's answer on sharing news with this enquirer (R-I4). Given and refused need the day and how it
    /// was obtained; refused needs what the person still allowed to be said. Only a located case has someone to ask.
    /// </summary>
    public EnquiryEvent RecordSharingConsent(SharingConsentDraft draft, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var answered = draft.Consent is SharingConsent.Given or SharingConsent.Refused;
        if (draft.Consent is null)
        {
            errors["consent"] = ["Say whether the person agreed to share news: given, refused or not-asked."];
        }

        if (answered && draft.ObtainedOn is null)
        {
            errors["obtainedOn"] = ["Give the day the person answered (YYYY-MM-DD)."];
        }
        else if (draft.ObtainedOn is { } day && day > DateOnly.FromDateTime(now.UtcDateTime))
        {
            errors["obtainedOn"] = ["The day of the answer cannot be in the future."];
        }

        if (answered && draft.ObtainedBy is null)
        {
            errors["obtainedBy"] = ["Say how the answer was obtained."];
        }

        if (draft.Consent == SharingConsent.Refused && draft.AllowedOnRefusal is null)
        {
            errors["allowedOnRefusal"] = ["Say what the person allowed the family to be told: that they are alive, or nothing."];
        }

        var note = EnquiryRules.Clean(draft.Note);
        if (note.Length > ReasonLength)
        {
            errors["note"] = [$"At most {ReasonLength} characters."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        if (Status != EnquiryStatus.Located)
        {
            throw new DomainRuleException("consent", $"Consent to share news is asked of a located person; this case is {StatusCode(Status)}.");
        }

        var to = draft.Consent!.Value;
        var allowed = to == SharingConsent.Refused ? draft.AllowedOnRefusal!.Value : RefusalAllowance.Nothing;
        if (to == SharingConsent && allowed == AllowedOnRefusal)
        {
            throw new DomainRuleException("consent", $"The person's answer is already recorded as {ConsentCode(to)}.");
        }

        var change = EnquiryEvent.ConsentChange(Id, SharingConsent, to, draft, note, actor, now);
        SharingConsent = to;
        AllowedOnRefusal = allowed;
        return change;
    }

    private static string RequiredReason(string? reason)
    {
        var why = EnquiryRules.Clean(reason);
        if (why.Length == 0)
        {
            throw new ValidationFailedException("reason", "Say why the status changes: every change is kept with its reason.");
        }

        return why.Length <= ReasonLength ? why : throw new ValidationFailedException("reason", $"At most {ReasonLength} characters.");
    }

    // The domain does not know the API's codes (Kinlink.Data's TracingCodes); these read the same for messages.
    private static string StatusCode(EnquiryStatus status) => status switch
    {
        EnquiryStatus.Open => "open",
        EnquiryStatus.Searching => "searching",
        EnquiryStatus.Located => "located",
        EnquiryStatus.ReportedDead => "reported-dead",
        EnquiryStatus.ClosedWithoutResult => "closed-without-result",
        EnquiryStatus.Withdrawn => "withdrawn",
    };

    private static string ConsentCode(SharingConsent consent) => consent switch
    {
        SharingConsent.NotAsked => "not-asked",
        SharingConsent.Given => "given",
        SharingConsent.Refused => "refused",
    };
}
