namespace Kinlink.Web.Api;

// The JSON shapes of the visit requests API. Codes are kebab-case (awaiting-answer, partly-accepted, never-visited…),
// dates YYYY-MM-DD, times ISO 8601 with their offset. On a party's routes a person's reason is null: why the
// intermediary asks about someone (an open family enquiry, say) is its own confidential record.
public sealed record VisitRequestSummaryDto(
    Guid Id, string Reference, string Party, string? Place, string? PlaceName, string Status, string Priority, string ProposedFrom, string ProposedTo,
    int PersonCount, DateTimeOffset SentAt, DateTimeOffset AwaitingSince, DateTimeOffset? AnsweredAt, DateTimeOffset? VisitAt, DateTimeOffset? ProposedAt, bool Overdue);

public sealed record VisitRequestPersonDto(
    Guid PersonId, string Reference, string Surname, string GivenName, string Patronymic, string NameLatin, string? Reason,
    string Answer, string AnswerReason, DateTimeOffset? AnsweredAt);

public sealed record VisitRequestEventDto(Guid Id, string Kind, DateTimeOffset At, string By, string Status, string Note);

public sealed record VisitRequestDto(
    Guid Id, string Reference, string Party, string PartyName, string? Place, string? PlaceName, string Status, string Priority,
    string ProposedFrom, string ProposedTo, string Purpose, DateTimeOffset SentAt, string SentBy, DateTimeOffset AwaitingSince,
    DateTimeOffset? AnswerDueAt, bool Overdue, DateTimeOffset? AnsweredAt, string AnsweredBy, string AnswerReason, DateTimeOffset? VisitAt,
    DateTimeOffset? ProposedAt, Guid? VisitId, int Version, IReadOnlyList<VisitRequestPersonDto> Persons, IReadOnlyList<VisitRequestEventDto> Events);

public sealed record VisitWorklistEntryDto(
    Guid PersonId, string Reference, string Surname, string GivenName, string Patronymic, string NameLatin, string Place, string PlaceName,
    IReadOnlyList<string> Reasons, string? LastSeenOn);
