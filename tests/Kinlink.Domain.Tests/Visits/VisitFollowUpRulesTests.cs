using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;

namespace Kinlink.Domain.Tests.Visits;

public class VisitFollowUpRulesTests
{
    private static readonly Actor Caseworker = new("caseworker@test.example", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static VisitFollowUp Open(string due = "2026-12-01") =>
        VisitFollowUp.Create(new VisitId(Guid.CreateVersion7()), null, VisitFollowUpKind.MedicalReferral, " Dental care ", " anna@test.example ",
            DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Caseworker, Now);

    [Fact]
    public void A_new_follow_up_is_open_with_its_text_and_owner_trimmed()
    {
        var followUp = Open();
        Assert.Equal(VisitFollowUpState.Open, followUp.State);
        Assert.Equal("Dental care", followUp.Description);
        Assert.Equal("anna@test.example", followUp.Owner);
    }

    [Fact]
    public void A_follow_up_without_description_or_owner_is_refused_naming_both()
    {
        var failure = Assert.Throws<ValidationFailedException>(() =>
            VisitFollowUp.Create(new VisitId(Guid.CreateVersion7()), null, VisitFollowUpKind.Other, " ", "", new DateOnly(2026, 12, 1), Caseworker, Now));
        Assert.Contains("description", failure.Errors.Keys);
        Assert.Contains("owner", failure.Errors.Keys);
    }

    [Fact]
    public void Done_needs_a_note_and_done_goes_back_only_to_open_with_a_note()
    {
        var followUp = Open();
        Assert.Throws<ValidationFailedException>(() => followUp.ChangeState(VisitFollowUpState.Done, " ", Caseworker, Now));
        followUp.ChangeState(VisitFollowUpState.InProgress, null, Caseworker, Now);
        followUp.ChangeState(VisitFollowUpState.Done, "Seen by the dentist", Caseworker, Now.AddDays(1));

        Assert.Equal("Seen by the dentist", followUp.StateNote);
        Assert.Throws<DomainRuleException>(() => followUp.ChangeState(VisitFollowUpState.InProgress, "again", Caseworker, Now));
        Assert.Throws<ValidationFailedException>(() => followUp.ChangeState(VisitFollowUpState.Open, null, Caseworker, Now));
        followUp.ChangeState(VisitFollowUpState.Open, "The tooth still hurts", Caseworker, Now.AddDays(2));
        Assert.Equal(VisitFollowUpState.Open, followUp.State);
    }

    [Fact]
    public void Only_open_or_started_actions_past_their_due_date_are_overdue()
    {
        var followUp = Open("2026-12-01");
        Assert.False(followUp.IsOverdue(new DateOnly(2026, 12, 1)));
        Assert.True(followUp.IsOverdue(new DateOnly(2026, 12, 2)));
        followUp.ChangeState(VisitFollowUpState.Cancelled, "Released", Caseworker, Now);
        Assert.False(followUp.IsOverdue(new DateOnly(2026, 12, 2)));
    }
}
