using Kinlink.Data.Registry;

namespace Kinlink.Web.Api;

public sealed record VisitSummaryDto(
    Guid Id, string Reference, string Place, string PlaceName, string DetainingParty, string? Request, string StartedOn, string EndedOn,
    IReadOnlyList<string> Delegates, int PersonsRecorded, int PersonsSeen, int OpenFollowUps);

public sealed record VisitDto(
    Guid Id, string Reference, string Place, string PlaceName, string DetainingParty, string? Request, string StartedOn, string EndedOn,
    IReadOnlyList<string> Delegates, bool AllPlacesSeen, bool PrivateInterviewsAllowed, bool DetaineeListProvided, string AccessNotes,
    bool HasFindings, DateTimeOffset RecordedAt, string RecordedBy, int Version,
    IReadOnlyList<VisitPersonDto> Persons, IReadOnlyList<VisitFollowUpDto> FollowUps);

/// <summary>One person on a visit; <c>recorded</c> false for a person the request's answer accepted who has no result yet.</summary>
public sealed record VisitPersonDto(
    Guid PersonId, string Reference, string Surname, string GivenName, string Patronymic, string NameLatin, bool Expected, bool Recorded,
    bool? Seen, string? NotSeenReason, string? NotSeenNote, bool? PrivateInterview, string? MessagesToSend, string? FamilyToInform,
    bool RegisteredDuringVisit, bool HasConfidentialNote);

public sealed record VisitFindingsDto(string Reference, string Findings, string Recommendations, IReadOnlyList<VisitNoteDto> Notes, int Version);

/// <summary>A person's confidential note; <c>erased</c> when the person's key was erased and the note can no longer be read.</summary>
public sealed record VisitNoteDto(Guid PersonId, string Reference, string Note, bool Erased);

public sealed record VisitFollowUpDto(
    Guid Id, string Visit, string Place, string? Person, string? PersonName, string Kind, string Description, string Owner, string DueOn,
    string State, string StateNote, bool Overdue, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset StateChangedAt, string StateChangedBy, int Version);

public sealed record VisitResultsDto(
    string Visit, string FileName, bool Stored, int RowsTotal, int RowsLeftBlank, int PersonsRecorded, int PersonsRegistered, IReadOnlyList<ImportRowError> Errors);
