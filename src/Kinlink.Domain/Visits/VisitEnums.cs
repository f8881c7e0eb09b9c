namespace Kinlink.Domain.Visits;

/// <summary>How soon the intermediary needs the visit. Stored by name.</summary>
public enum VisitPriority
{
    Routine = 0,
    High = 1,
    Urgent = 2,
}

/// <summary>Why a person is on a visit request: what the worklist selected them for, or named by the caseworker.</summary>
public enum VisitPersonReason
{
    /// <summary>Named one by one by the caseworker.</summary>
    Named = 0,

    /// <summary>No delegate has ever seen the person.</summary>
    NeverVisited = 1,

    /// <summary>Last seen by a delegate longer ago than the revisit interval.</summary>
    NotVisitedRecently = 2,

    /// <summary>Recorded as seriously ill or wounded.</summary>
    SeriouslyIll = 3,

    /// <summary>A family enquiry about the person is open.</summary>
    FamilyEnquiryPending = 4,
}

/// <summary>Where a visit request stands, from asking to visit. Stored by name.</summary>
public enum VisitRequestStatus
{
    /// <summary>Sent to the detaining party; no answer yet.</summary>
    AwaitingAnswer = 0,

    /// <summary>Accepted, with the date and time of the visit.</summary>
    Accepted = 1,

    /// <summary>Accepted for some of the persons; each person's answer says why not for the others.</summary>
    PartlyAccepted = 2,

    /// <summary>Refused, with the party's reason.</summary>
    Refused = 3,

    /// <summary>The party proposed another date; the intermediary accepts it or asks again.</summary>
    OtherDateProposed = 4,

    /// <summary>The intermediary withdrew the request.</summary>
    Withdrawn = 5,

    /// <summary>The visit took place and is recorded.</summary>
    Visited = 6,
}

/// <summary>The party's answer about one person on a request. Stored by name.</summary>
public enum VisitPersonAnswer
{
    Pending = 0,
    Accepted = 1,
    Refused = 2,
    TransferredElsewhere = 3,
    Released = 4,
    UnknownAtPlace = 5,
}

/// <summary>What happened to a visit request; each step is one event with its time and who took it.</summary>
public enum VisitRequestEventKind
{
    Sent = 0,
    Answered = 1,
    ProposedDateAccepted = 2,
    AskedAgain = 3,
    Withdrawn = 4,
    Visited = 5,
}

/// <summary>Why a delegate did not see a person expected at the place. Stored by name.</summary>
public enum VisitNotSeenReason
{
    /// <summary>Seen: no reason.</summary>
    None = 0,
    TransferredElsewhere = 1,
    Released = 2,
    InHospital = 3,
    AuthorityRefused = 4,
    PersonDeclined = 5,
    NotFoundAtPlace = 6,
    NoTime = 7,
    Other = 8,
}

/// <summary>What a follow-up action is. Stored by name.</summary>
public enum VisitFollowUpKind
{
    MedicalReferral = 0,
    MessageToDeliver = 1,
    FamilyToInform = 2,
    QuestionToAuthority = 3,
    Other = 4,
}

/// <summary>Where a follow-up action stands. Stored by name.</summary>
public enum VisitFollowUpState
{
    Open = 0,
    InProgress = 1,
    Done = 2,
    Cancelled = 3,
}
