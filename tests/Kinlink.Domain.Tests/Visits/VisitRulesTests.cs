using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;

namespace Kinlink.Domain.Tests.Visits;

public class VisitRulesTests
{
    private static readonly Actor Delegate = new("delegate@test.example", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly PlaceId Camp = new(Guid.CreateVersion7());

    private static VisitDraft Draft(bool privateInterviews = true, string[]? delegates = null, string started = "2026-11-20", string ended = "2026-11-21") =>
        new(Camp, null, DateOnly.Parse(started, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(ended, System.Globalization.CultureInfo.InvariantCulture),
            delegates ?? ["Anna Keller", " Anna Keller ", "Ivan Petrenko"], true, privateInterviews, false, "  ");

    private static VisitPersonDraft Seen(PersonId person, bool interview = false) => new(person, true, VisitNotSeenReason.None, null, interview, " To my mother ", null);

    [Fact]
    public void A_visit_keeps_its_delegates_once_each_and_gets_a_visit_reference()
    {
        var visit = Visit.Create(Draft(), new PartyId(Guid.CreateVersion7()), Delegate, Now);

        Assert.Equal(["Anna Keller", "Ivan Petrenko"], visit.DelegateNames);
        Assert.StartsWith("VIS-", visit.Reference, StringComparison.Ordinal);
        Assert.Equal(visit.Reference, VisitReference.Normalize(visit.Reference.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal), VisitReference.VisitPrefix));
        Assert.Equal("", visit.AccessNotes);
    }

    [Fact]
    public void A_visit_without_delegates_ending_before_it_starts_or_in_the_future_is_refused_naming_each_field()
    {
        var failure = Assert.Throws<ValidationFailedException>(() =>
            Visit.Create(Draft(delegates: [], started: "2026-11-30", ended: "2026-11-29"), new PartyId(Guid.CreateVersion7()), Delegate, Now));

        Assert.Contains("delegates", failure.Errors.Keys);
        Assert.Contains("endedOn", failure.Errors.Keys);
        Assert.Contains("startedOn", failure.Errors.Keys);
    }

    [Fact]
    public void A_visits_place_cannot_change()
    {
        var visit = Visit.Create(Draft(), new PartyId(Guid.CreateVersion7()), Delegate, Now);
        var failure = Assert.Throws<ValidationFailedException>(() => visit.Update(Draft() with { PlaceId = new PlaceId(Guid.CreateVersion7()) }, Now));
        Assert.Contains("placeId", failure.Errors.Keys);
    }

    [Fact]
    public void A_persons_result_recorded_again_replaces_the_first_and_keeps_how_they_came()
    {
        var visit = Visit.Create(Draft(), new PartyId(Guid.CreateVersion7()), Delegate, Now);
        var person = new PersonId(Guid.CreateVersion7());

        visit.RecordPerson(Seen(person), registeredDuringVisit: true);
        visit.RecordPerson(new VisitPersonDraft(person, false, VisitNotSeenReason.InHospital, "Hospital No. 5", false, null, null));

        var result = Assert.Single(visit.Persons);
        Assert.False(result.Seen);
        Assert.Equal(VisitNotSeenReason.InHospital, result.NotSeenReason);
        Assert.True(result.RegisteredDuringVisit);
        Assert.Equal("", result.MessagesToSend);
    }

    [Fact]
    public void A_private_interview_needs_the_authority_to_allow_them_and_the_person_to_be_seen()
    {
        var strict = Visit.Create(Draft(privateInterviews: false), new PartyId(Guid.CreateVersion7()), Delegate, Now);
        var refused = Assert.Throws<ValidationFailedException>(() => strict.RecordPerson(Seen(new PersonId(Guid.CreateVersion7()), interview: true)));
        Assert.Contains("person.privateInterview", refused.Errors.Keys);

        var open = Visit.Create(Draft(), new PartyId(Guid.CreateVersion7()), Delegate, Now);
        var unseen = Assert.Throws<ValidationFailedException>(() =>
            open.RecordPerson(new VisitPersonDraft(new PersonId(Guid.CreateVersion7()), false, VisitNotSeenReason.PersonDeclined, null, true, null, null)));
        Assert.Contains("person.privateInterview", unseen.Errors.Keys);
        Assert.Empty(open.Persons);
    }

    [Fact]
    public void Not_seen_needs_a_reason_and_seen_has_none()
    {
        var errors = new Dictionary<string, string[]>();
        VisitPerson.Validate(new VisitPersonDraft(new PersonId(Guid.CreateVersion7()), false, VisitNotSeenReason.None, null, false, null, null), "row", errors);
        Assert.Contains("row.notSeenReason", errors.Keys);

        errors.Clear();
        VisitPerson.Validate(new VisitPersonDraft(new PersonId(Guid.CreateVersion7()), true, VisitNotSeenReason.Released, null, false, null, null), "row", errors);
        Assert.Contains("row.notSeenReason", errors.Keys);

        errors.Clear();
        VisitPerson.Validate(new VisitPersonDraft(new PersonId(Guid.CreateVersion7()), true, VisitNotSeenReason.None, null, false, new string('x', VisitPerson.NoteLength + 1), null), "row", errors);
        Assert.Contains("row.messagesToSend", errors.Keys);
    }
}
