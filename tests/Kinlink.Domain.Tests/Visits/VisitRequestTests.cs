using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;

namespace Kinlink.Domain.Tests.Visits;

public class VisitRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Caseworker = new("caseworker@test.example", null);
    private static readonly Actor Liaison = new("liaison@ru.example", "RU");
    private static readonly TimeSpan AnswerDue = TimeSpan.FromDays(14);
    private static readonly PersonId First = PersonId.New();
    private static readonly PersonId Second = PersonId.New();
    private static readonly DateTimeOffset VisitAt = new(2026, 12, 11, 10, 0, 0, TimeSpan.Zero);

    private static VisitRequestDraft Draft(PlaceId? place = null, params PersonId[] persons) => new(
        PartyId.New(), place ?? PlaceId.New(), new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 12), "Conditions and private interviews", VisitPriority.High,
        persons.Select(p => new RequestedPerson(p, VisitPersonReason.Named)).ToList());

    private static VisitRequest TwoPersons() => VisitRequest.Create(Draft(null, First, Second), Caseworker, Now);

    private static VisitRequestAnswerDraft Answer(VisitRequestStatus outcome, DateTimeOffset? visitAt = null, DateTimeOffset? proposedAt = null, string? reason = null, params PersonAnswerDraft[] persons) =>
        new(outcome, visitAt, proposedAt, reason, persons);

    private static IReadOnlyDictionary<string, string[]> Errors(Action action) => Assert.Throws<ValidationFailedException>(action).Errors;

    [Fact]
    public void A_new_request_awaits_its_answer_and_records_that_it_was_sent()
    {
        var request = TwoPersons();

        Assert.Equal(VisitRequestStatus.AwaitingAnswer, request.Status);
        Assert.StartsWith("VRQ-", request.Reference, StringComparison.Ordinal);
        Assert.Equal(Now, request.AwaitingSince);
        Assert.All(request.Persons, p => Assert.Equal(VisitPersonAnswer.Pending, p.Answer));
        var sent = Assert.Single(request.Events);
        Assert.Equal((VisitRequestEventKind.Sent, Caseworker.UserName, Now), (sent.Kind, sent.By, sent.At));
    }

    [Fact]
    public void A_request_needs_a_place_or_persons_dates_in_order_and_not_past_and_a_purpose()
    {
        var errors = Errors(() => VisitRequest.Create(
            new VisitRequestDraft(PartyId.New(), null, new DateOnly(2026, 11, 1), new DateOnly(2026, 10, 1), " ", VisitPriority.Routine, []), Caseworker, Now));

        Assert.Equal(["persons", "proposedFrom", "proposedTo", "purpose"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_request_names_at_most_the_maximum_of_persons()
    {
        var persons = Enumerable.Range(0, VisitRequest.MaxPersons + 1).Select(_ => PersonId.New()).ToArray();

        var errors = Errors(() => VisitRequest.Create(Draft(null, persons), Caseworker, Now));

        Assert.Contains("500", errors["persons"][0], StringComparison.Ordinal);
        Assert.Equal(VisitRequest.MaxPersons, VisitRequest.Create(Draft(null, persons[..VisitRequest.MaxPersons]), Caseworker, Now).Persons.Count);
    }

    [Fact]
    public void Accepted_needs_the_date_and_time_and_accepts_every_person()
    {
        var request = TwoPersons();
        Assert.True(Errors(() => request.Answer(Answer(VisitRequestStatus.Accepted), Liaison, Now)).ContainsKey("visitAt"));
        Assert.True(Errors(() => request.Answer(Answer(VisitRequestStatus.Accepted, VisitAt, persons: new PersonAnswerDraft(First, VisitPersonAnswer.Released, null)), Liaison, Now)).ContainsKey("outcome"));

        request.Answer(Answer(VisitRequestStatus.Accepted, VisitAt), Liaison, Now.AddDays(1));

        Assert.Equal((VisitRequestStatus.Accepted, VisitAt, Liaison.UserName), (request.Status, request.VisitAt, request.AnsweredBy));
        Assert.All(request.Persons, p => Assert.Equal(VisitPersonAnswer.Accepted, p.Answer));
        Assert.Equal(VisitRequestEventKind.Answered, request.Events[^1].Kind);
    }

    [Fact]
    public void Accepted_in_part_answers_every_person_with_some_but_not_all_accepted_and_a_refusal_gives_its_reason()
    {
        var request = TwoPersons();
        Assert.True(Errors(() => request.Answer(Answer(VisitRequestStatus.PartlyAccepted, VisitAt, persons: new PersonAnswerDraft(First, VisitPersonAnswer.Accepted, null)), Liaison, Now)).ContainsKey("persons"));
        Assert.True(Errors(() => request.Answer(Answer(VisitRequestStatus.PartlyAccepted, VisitAt, persons:
            [new PersonAnswerDraft(First, VisitPersonAnswer.Accepted, null), new PersonAnswerDraft(Second, VisitPersonAnswer.Accepted, null)]), Liaison, Now)).ContainsKey("outcome"));
        Assert.True(Errors(() => request.Answer(Answer(VisitRequestStatus.PartlyAccepted, VisitAt, persons:
            [new PersonAnswerDraft(First, VisitPersonAnswer.Released, null), new PersonAnswerDraft(Second, VisitPersonAnswer.UnknownAtPlace, null)]), Liaison, Now)).ContainsKey("outcome"));
        Assert.True(Errors(() => request.Answer(Answer(VisitRequestStatus.PartlyAccepted, VisitAt, persons:
            [new PersonAnswerDraft(First, VisitPersonAnswer.Accepted, null), new PersonAnswerDraft(Second, VisitPersonAnswer.Refused, " ")]), Liaison, Now)).ContainsKey("persons[1].reason"));
        Assert.True(Errors(() => request.Answer(Answer(VisitRequestStatus.PartlyAccepted, VisitAt, persons:
            [new PersonAnswerDraft(First, VisitPersonAnswer.Accepted, null), new PersonAnswerDraft(PersonId.New(), VisitPersonAnswer.Accepted, null)]), Liaison, Now)).ContainsKey("persons[1].personId"));

        request.Answer(Answer(VisitRequestStatus.PartlyAccepted, VisitAt, persons:
            [new PersonAnswerDraft(First, VisitPersonAnswer.Accepted, null), new PersonAnswerDraft(Second, VisitPersonAnswer.TransferredElsewhere, "Колония № 3")]), Liaison, Now);

        Assert.Equal(VisitRequestStatus.PartlyAccepted, request.Status);
        var second = request.Persons.Single(p => p.PersonId == Second);
        Assert.Equal((VisitPersonAnswer.TransferredElsewhere, "Колония № 3", Now), (second.Answer, second.AnswerReason, second.AnsweredAt));
    }

    [Fact]
    public void A_place_alone_is_not_accepted_in_part()
    {
        var request = VisitRequest.Create(Draft(PlaceId.New()), Caseworker, Now);

        Assert.True(Errors(() => request.Answer(Answer(VisitRequestStatus.PartlyAccepted, VisitAt), Liaison, Now)).ContainsKey("outcome"));
    }

    [Fact]
    public void Refused_needs_a_reason_accepts_no_one_and_gives_every_person_the_reason()
    {
        var request = TwoPersons();
        Assert.True(Errors(() => request.Answer(Answer(VisitRequestStatus.Refused), Liaison, Now)).ContainsKey("reason"));
        Assert.True(Errors(() => request.Answer(Answer(VisitRequestStatus.Refused, reason: "Карантин", persons: new PersonAnswerDraft(First, VisitPersonAnswer.Accepted, null)), Liaison, Now)).ContainsKey("outcome"));

        request.Answer(Answer(VisitRequestStatus.Refused, reason: "Карантин"), Liaison, Now);

        Assert.Equal((VisitRequestStatus.Refused, "Карантин", (DateTimeOffset?)null), (request.Status, request.AnswerReason, request.VisitAt));
        Assert.All(request.Persons, p => Assert.Equal((VisitPersonAnswer.Refused, "Карантин"), (p.Answer, p.AnswerReason)));
    }

    [Fact]
    public void Another_date_must_be_given_and_in_the_future_and_the_intermediary_may_accept_it()
    {
        var request = TwoPersons();
        Assert.True(Errors(() => request.Answer(Answer(VisitRequestStatus.OtherDateProposed), Liaison, Now)).ContainsKey("proposedAt"));
        Assert.True(Errors(() => request.Answer(Answer(VisitRequestStatus.OtherDateProposed, proposedAt: Now.AddDays(-1)), Liaison, Now)).ContainsKey("proposedAt"));
        Assert.Throws<DomainRuleException>(() => request.AcceptProposedDate(Caseworker, Now));

        var other = Now.AddDays(30);
        request.Answer(Answer(VisitRequestStatus.OtherDateProposed, proposedAt: other), Liaison, Now);
        Assert.Equal((VisitRequestStatus.OtherDateProposed, other, (DateTimeOffset?)null), (request.Status, request.ProposedAt, request.VisitAt));
        request.AcceptProposedDate(Caseworker, Now.AddDays(1));

        Assert.Equal((VisitRequestStatus.Accepted, other), (request.Status, request.VisitAt));
        Assert.All(request.Persons, p => Assert.Equal(VisitPersonAnswer.Accepted, p.Answer));
        Assert.Equal(VisitRequestEventKind.ProposedDateAccepted, request.Events[^1].Kind);
    }

    [Fact]
    public void An_answered_request_is_not_answered_again_and_an_unknown_outcome_is_refused()
    {
        var request = TwoPersons();
        Assert.True(Errors(() => request.Answer(Answer(VisitRequestStatus.Withdrawn), Liaison, Now)).ContainsKey("outcome"));
        request.Answer(Answer(VisitRequestStatus.Accepted, VisitAt), Liaison, Now);

        Assert.Throws<DomainRuleException>(() => request.Answer(Answer(VisitRequestStatus.Refused, reason: "no"), Liaison, Now));
    }

    [Fact]
    public void Asking_again_after_a_refusal_clears_the_answers_and_starts_the_wait_again_but_not_after_an_acceptance()
    {
        var request = TwoPersons();
        request.Answer(Answer(VisitRequestStatus.Refused, reason: "Карантин"), Liaison, Now);
        Assert.True(Errors(() => request.AskAgain(new DateOnly(2027, 1, 12), new DateOnly(2027, 1, 10), null, Caseworker, Now)).ContainsKey("proposedTo"));
        Assert.True(Errors(() => request.AskAgain(new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 12), null, Caseworker, Now)).ContainsKey("proposedFrom"));

        var later = Now.AddDays(20);
        request.AskAgain(new DateOnly(2027, 1, 10), new DateOnly(2027, 1, 12), "After the quarantine", Caseworker, later);

        Assert.Equal((VisitRequestStatus.AwaitingAnswer, later, "", new DateOnly(2027, 1, 10)), (request.Status, request.AwaitingSince, request.AnswerReason, request.ProposedFrom));
        Assert.All(request.Persons, p => Assert.Equal(VisitPersonAnswer.Pending, p.Answer));
        Assert.Equal(("After the quarantine", VisitRequestEventKind.AskedAgain), (request.Events[^1].Note, request.Events[^1].Kind));
        request.Answer(Answer(VisitRequestStatus.Accepted, VisitAt.AddDays(40)), Liaison, later);
        Assert.Throws<DomainRuleException>(() => request.AskAgain(new DateOnly(2027, 2, 10), new DateOnly(2027, 2, 12), null, Caseworker, later));
    }

    [Fact]
    public void Withdrawing_needs_a_reason_and_happens_once()
    {
        var request = TwoPersons();
        Assert.True(Errors(() => request.Withdraw("  ", Caseworker, Now)).ContainsKey("reason"));

        request.Withdraw("The persons were repatriated", Caseworker, Now);

        Assert.Equal(VisitRequestStatus.Withdrawn, request.Status);
        Assert.Equal(("The persons were repatriated", VisitRequestEventKind.Withdrawn), (request.Events[^1].Note, request.Events[^1].Kind));
        Assert.Throws<DomainRuleException>(() => request.Withdraw("again", Caseworker, Now));
        Assert.Throws<DomainRuleException>(() => request.Answer(Answer(VisitRequestStatus.Accepted, VisitAt), Liaison, Now));
    }

    [Fact]
    public void A_request_is_overdue_only_while_awaiting_an_answer_past_the_wait_counted_from_the_last_asking()
    {
        var request = TwoPersons();

        Assert.False(request.IsOverdue(Now + AnswerDue, AnswerDue));
        Assert.True(request.IsOverdue(Now + AnswerDue + TimeSpan.FromSeconds(1), AnswerDue));

        request.Answer(Answer(VisitRequestStatus.Refused, reason: "Нет"), Liaison, Now + AnswerDue + TimeSpan.FromDays(1));
        Assert.False(request.IsOverdue(Now + TimeSpan.FromDays(60), AnswerDue));

        var askedAgain = Now + TimeSpan.FromDays(20);
        request.AskAgain(new DateOnly(2027, 1, 10), new DateOnly(2027, 1, 12), null, Caseworker, askedAgain);
        Assert.False(request.IsOverdue(askedAgain + TimeSpan.FromDays(13), AnswerDue));
        Assert.True(request.IsOverdue(askedAgain + TimeSpan.FromDays(15), AnswerDue));
    }
}
