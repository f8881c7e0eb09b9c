using Kinlink.Domain.Common;

namespace Kinlink.Domain.Visits;

/// <summary>
/// The intermediary's request to the detaining party to visit a place of detention and/or named persons (GC III
/// art. 126; domain.md R-G1, R-G9), tracked from asking to the party's answer to the visit. Every step is a
/// <see cref="VisitRequestEvent"/> with its time.
/// </summary>
public sealed class VisitRequest
{
    public const int PurposeLength = 2000;
    public const int ReasonLength = 1000;

    /// <summary>A request names at most this many persons; a larger selection is a visit to the whole place.</summary>
    public const int MaxPersons = 500;

    private readonly List<VisitRequestPerson> _persons = [];
    private readonly List<VisitRequestEvent> _events = [];

    private VisitRequest()
    {
    }

    public VisitRequestId Id { get; private set; }

    public string Reference { get; private set; } = "";

    public PartyId DetainingPartyId { get; private set; }

    public PlaceId? PlaceId { get; private set; }

    public DateOnly ProposedFrom { get; private set; }

    public DateOnly ProposedTo { get; private set; }

    public string Purpose { get; private set; } = "";

    public VisitPriority Priority { get; private set; }

    public VisitRequestStatus Status { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public string SentBy { get; private set; } = "";

    /// <summary>Since when the intermediary has been waiting for an answer: the first sending, or the last time it asked again.</summary>
    public DateTimeOffset AwaitingSince { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string AnsweredBy { get; private set; } = "";

    /// <summary>The agreed date and time of the visit (accepted, partly accepted, or the party's other date once accepted).</summary>
    public DateTimeOffset? VisitAt { get; private set; }

    /// <summary>The other date the party proposed.</summary>
    public DateTimeOffset? ProposedAt { get; private set; }

    /// <summary>The party's reason for refusing, or its note with the answer.</summary>
    public string AnswerReason { get; private set; } = "";

    /// <summary>The visit recorded for this request.</summary>
    public VisitId? VisitId { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<VisitRequestPerson> Persons => _persons;

    public IReadOnlyList<VisitRequestEvent> Events => _events;

    /// <summary>Still waiting for the party's answer after <paramref name="answerWithin"/>.</summary>
    public bool IsOverdue(DateTimeOffset now, TimeSpan answerWithin) => Status == VisitRequestStatus.AwaitingAnswer && now - AwaitingSince > answerWithin;

    public static VisitRequest Create(VisitRequestDraft draft, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new Dictionary<string, string[]>();
        var persons = draft.Persons ?? [];
        if (draft.PlaceId is null && persons.Count == 0)
        {
            errors["persons"] = ["Name a place of detention, the persons to visit, or both."];
        }

        if (persons.Count > MaxPersons)
        {
            errors["persons"] = [$"A request names at most {MaxPersons} persons; ask for a visit to the whole place instead."];
        }

        var duplicate = persons.GroupBy(p => p.PersonId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors["persons"] = [$"Person {duplicate.Key} is named twice."];
        }

        if (draft.ProposedTo < draft.ProposedFrom)
        {
            errors["proposedTo"] = ["The end of the proposed dates comes before their start."];
        }

        if (draft.ProposedFrom < DateOnly.FromDateTime(at.UtcDateTime))
        {
            errors["proposedFrom"] = ["The proposed dates cannot start in the past."];
        }

        var purpose = (draft.Purpose ?? "").Trim();
        if (purpose.Length == 0)
        {
            errors["purpose"] = ["Say what the visit is for."];
        }
        else if (purpose.Length > PurposeLength)
        {
            errors["purpose"] = [$"The purpose is at most {PurposeLength} characters."];
        }

        if (!Enum.IsDefined(draft.Priority))
        {
            errors["priority"] = ["Unknown priority."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var request = new VisitRequest
        {
            Id = VisitRequestId.New(),
            Reference = VisitReference.NewRequestReference(),
            DetainingPartyId = draft.DetainingPartyId,
            PlaceId = draft.PlaceId,
            ProposedFrom = draft.ProposedFrom,
            ProposedTo = draft.ProposedTo,
            Purpose = purpose,
            Priority = draft.Priority,
            Status = VisitRequestStatus.AwaitingAnswer,
            SentAt = at,
            SentBy = actor.UserName,
            AwaitingSince = at,
        };
        request._persons.AddRange(persons.Select(p => VisitRequestPerson.Create(request.Id, p)));
        request.AddEvent(VisitRequestEventKind.Sent, "", actor, at);
        return request;
    }

    /// <summary>Records the detaining party's answer. Only a request awaiting an answer can be answered.</summary>
    public void Answer(VisitRequestAnswerDraft answer, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != VisitRequestStatus.AwaitingAnswer)
        {
            throw new DomainRuleException("status", $"The request is {Status}, not awaiting an answer.");
        }

        var reason = (answer.Reason ?? "").Trim();
        var errors = new Dictionary<string, string[]>();
        if (reason.Length > ReasonLength)
        {
            errors["reason"] = [$"The reason is at most {ReasonLength} characters."];
        }

        var given = new Dictionary<PersonId, PersonAnswerDraft>();
        var answers = answer.Persons ?? [];
        for (var i = 0; i < answers.Count; i++)
        {
            var personAnswer = answers[i];
            if (_persons.All(p => p.PersonId != personAnswer.PersonId))
            {
                errors[$"persons[{i}].personId"] = ["This person is not on the request."];
            }
            else if (!given.TryAdd(personAnswer.PersonId, personAnswer))
            {
                errors[$"persons[{i}].personId"] = ["This person is answered twice."];
            }
            else if (personAnswer.Answer == VisitPersonAnswer.Pending || !Enum.IsDefined(personAnswer.Answer))
            {
                errors[$"persons[{i}].answer"] = ["Answer accepted, refused, transferred elsewhere, released or unknown at this place."];
            }
            else if (personAnswer.Answer == VisitPersonAnswer.Refused && string.IsNullOrWhiteSpace(personAnswer.Reason))
            {
                errors[$"persons[{i}].reason"] = ["A refusal needs its reason."];
            }
            else if ((personAnswer.Reason ?? "").Trim().Length > ReasonLength)
            {
                errors[$"persons[{i}].reason"] = [$"The reason is at most {ReasonLength} characters."];
            }
        }

        switch (answer.Outcome)
        {
            case VisitRequestStatus.Accepted:
                if (answer.VisitAt is null)
                {
                    errors["visitAt"] = ["Give the date and time of the visit."];
                }

                if (given.Values.Any(p => p.Answer != VisitPersonAnswer.Accepted))
                {
                    errors["outcome"] = ["Some persons are not accepted: answer \"accepted in part\"."];
                }

                break;
            case VisitRequestStatus.PartlyAccepted:
                if (answer.VisitAt is null)
                {
                    errors["visitAt"] = ["Give the date and time of the visit."];
                }

                if (_persons.Count == 0)
                {
                    errors["outcome"] = ["A request for a place alone is accepted or refused as a whole."];
                }
                else if (_persons.Any(p => !given.ContainsKey(p.PersonId)))
                {
                    errors["persons"] = ["Answer for every person on the request."];
                }
                else if (given.Values.All(p => p.Answer == VisitPersonAnswer.Accepted))
                {
                    errors["outcome"] = ["Every person is accepted: answer \"accepted\"."];
                }
                else if (given.Values.All(p => p.Answer != VisitPersonAnswer.Accepted))
                {
                    errors["outcome"] = ["No person is accepted: answer \"refused\"."];
                }

                break;
            case VisitRequestStatus.Refused:
                if (reason.Length == 0)
                {
                    errors["reason"] = ["A refusal needs its reason."];
                }

                if (given.Values.Any(p => p.Answer == VisitPersonAnswer.Accepted))
                {
                    errors["outcome"] = ["Some persons are accepted: answer \"accepted in part\"."];
                }

                break;
            case VisitRequestStatus.OtherDateProposed:
                if (answer.ProposedAt is null)
                {
                    errors["proposedAt"] = ["Give the date and time the party proposes."];
                }
                else if (answer.ProposedAt < at)
                {
                    errors["proposedAt"] = ["The proposed date is in the past."];
                }

                break;
            default:
                errors["outcome"] = ["Answer accepted, accepted in part, refused, or another date proposed."];
                break;
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        foreach (var person in _persons)
        {
            var personAnswer = given.GetValueOrDefault(person.PersonId);
            switch (answer.Outcome)
            {
                case VisitRequestStatus.Accepted:
                    person.SetAnswer(VisitPersonAnswer.Accepted, (personAnswer?.Reason ?? "").Trim(), at);
                    break;
                case VisitRequestStatus.PartlyAccepted:
                    person.SetAnswer(personAnswer!.Answer, (personAnswer.Reason ?? "").Trim(), at);
                    break;
                case VisitRequestStatus.Refused:
                    person.SetAnswer(personAnswer?.Answer ?? VisitPersonAnswer.Refused, (personAnswer?.Reason ?? reason).Trim(), at);
                    break;
                default:
                    person.ResetAnswer();
                    break;
            }
        }

        Status = answer.Outcome;
        AnsweredAt = at;
        AnsweredBy = actor.UserName;
        AnswerReason = reason;
        VisitAt = answer.Outcome is VisitRequestStatus.Accepted or VisitRequestStatus.PartlyAccepted ? answer.VisitAt : null;
        ProposedAt = answer.Outcome == VisitRequestStatus.OtherDateProposed ? answer.ProposedAt : null;
        AddEvent(VisitRequestEventKind.Answered, reason, actor, at);
    }

    /// <summary>The intermediary agrees to the party's other date: the request is accepted for that date, for every person on it.</summary>
    public void AcceptProposedDate(Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != VisitRequestStatus.OtherDateProposed || ProposedAt is null)
        {
            throw new DomainRuleException("status", "The party has not proposed another date.");
        }

        foreach (var person in _persons)
        {
            person.SetAnswer(VisitPersonAnswer.Accepted, "", at);
        }

        Status = VisitRequestStatus.Accepted;
        VisitAt = ProposedAt;
        AddEvent(VisitRequestEventKind.ProposedDateAccepted, "", actor, at);
    }

    /// <summary>
    /// The intermediary asks again, with new dates, after another date was proposed or after a refusal (art. 126: visits
    /// may be refused only exceptionally and temporarily). The answers are cleared and the wait starts again.
    /// </summary>
    public void AskAgain(DateOnly proposedFrom, DateOnly proposedTo, string? note, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status is not (VisitRequestStatus.OtherDateProposed or VisitRequestStatus.Refused or VisitRequestStatus.AwaitingAnswer))
        {
            throw new DomainRuleException("status", $"A request that is {Status} cannot be asked again.");
        }

        if (proposedTo < proposedFrom)
        {
            throw new ValidationFailedException("proposedTo", "The end of the proposed dates comes before their start.");
        }

        if (proposedFrom < DateOnly.FromDateTime(at.UtcDateTime))
        {
            throw new ValidationFailedException("proposedFrom", "The proposed dates cannot start in the past.");
        }

        var trimmed = (note ?? "").Trim();
        if (trimmed.Length > ReasonLength)
        {
            throw new ValidationFailedException("note", $"The note is at most {ReasonLength} characters.");
        }

        foreach (var person in _persons)
        {
            person.ResetAnswer();
        }

        ProposedFrom = proposedFrom;
        ProposedTo = proposedTo;
        Status = VisitRequestStatus.AwaitingAnswer;
        AwaitingSince = at;
        AnsweredAt = null;
        AnsweredBy = "";
        AnswerReason = "";
        VisitAt = null;
        ProposedAt = null;
        AddEvent(VisitRequestEventKind.AskedAgain, trimmed, actor, at);
    }

    /// <summary>The intermediary withdraws a request not yet visited, with its reason.</summary>
    public void Withdraw(string? reason, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status is VisitRequestStatus.Withdrawn or VisitRequestStatus.Visited)
        {
            throw new DomainRuleException("status", $"A request that is {Status} cannot be withdrawn.");
        }

        var trimmed = (reason ?? "").Trim();
        if (trimmed.Length == 0 || trimmed.Length > ReasonLength)
        {
            throw new ValidationFailedException("reason", $"Say why the request is withdrawn (at most {ReasonLength} characters).");
        }

        Status = VisitRequestStatus.Withdrawn;
        AddEvent(VisitRequestEventKind.Withdrawn, trimmed, actor, at);
    }

    /// <summary>The visit this request asked for took place and is recorded.</summary>
    public void MarkVisited(VisitId visitId, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status is not (VisitRequestStatus.Accepted or VisitRequestStatus.PartlyAccepted))
        {
            throw new DomainRuleException("visitRequestId", $"The request is {Status}; only an accepted request leads to a visit.");
        }

        VisitId = visitId;
        Status = VisitRequestStatus.Visited;
        AddEvent(VisitRequestEventKind.Visited, "", actor, at);
    }

    private void AddEvent(VisitRequestEventKind kind, string note, Actor actor, DateTimeOffset at) =>
        _events.Add(VisitRequestEvent.Create(Id, kind, Status, note, actor, at));
}
