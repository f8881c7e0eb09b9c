using Kinlink.Domain.Common;

namespace Kinlink.Domain.Visits;

/// <summary>What the intermediary asks: a party, a place and/or persons, when, why and how urgently.</summary>
public sealed record VisitRequestDraft(
    PartyId DetainingPartyId,
    PlaceId? PlaceId,
    DateOnly ProposedFrom,
    DateOnly ProposedTo,
    string? Purpose,
    VisitPriority Priority,
    IReadOnlyList<RequestedPerson> Persons);

/// <summary>One person on a request, and why they are on it.</summary>
public sealed record RequestedPerson(PersonId PersonId, VisitPersonReason Reason);

/// <summary>
/// The detaining party's answer. <see cref="Outcome"/> is one of Accepted, PartlyAccepted, Refused, OtherDateProposed.
/// <see cref="VisitAt"/> is the agreed date and time (accepted, partly accepted); <see cref="ProposedAt"/> the party's
/// other date; <see cref="Reason"/> the reason of a refusal (required) or a note.
/// </summary>
public sealed record VisitRequestAnswerDraft(
    VisitRequestStatus Outcome,
    DateTimeOffset? VisitAt,
    DateTimeOffset? ProposedAt,
    string? Reason,
    IReadOnlyList<PersonAnswerDraft> Persons);

/// <summary>The party's answer about one person; a reason is required for a refusal.</summary>
public sealed record PersonAnswerDraft(PersonId PersonId, VisitPersonAnswer Answer, string? Reason);
