using Kinlink.Domain.Common;

namespace Kinlink.Domain.Visits;

/// <summary>
/// A visit as the delegates report it: who went, where, when, and what access they had (domain.md R-G2: all places,
/// private interviews, a list of detainees). Confidential findings are sealed by the data layer, not carried here.
/// </summary>
public sealed record VisitDraft(
    PlaceId PlaceId,
    VisitRequestId? VisitRequestId,
    DateOnly StartedOn,
    DateOnly EndedOn,
    IReadOnlyList<string> Delegates,
    bool AllPlacesSeen,
    bool PrivateInterviewsAllowed,
    bool DetaineeListProvided,
    string? AccessNotes);

/// <summary>What the delegates record about one person: seen or why not, a private interview, the person's wishes.</summary>
public sealed record VisitPersonDraft(
    PersonId PersonId,
    bool Seen,
    VisitNotSeenReason NotSeenReason,
    string? NotSeenNote,
    bool PrivateInterview,
    string? MessagesToSend,
    string? FamilyToInform);
