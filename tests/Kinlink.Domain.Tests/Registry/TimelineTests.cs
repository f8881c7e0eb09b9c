using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using static Kinlink.Domain.Tests.Registry.PersonBuilder;

namespace Kinlink.Domain.Tests.Registry;

public class TimelineTests
{
    private static readonly PlaceId CampA = PlaceId.New();
    private static readonly PlaceId CampB = PlaceId.New();
    private static readonly PlaceId Hospital = PlaceId.New();

    [Fact]
    public void Capture_then_transfer_puts_the_person_at_the_new_place()
    {
        var person = NewPerson();
        person.RecordEvent(Event(StatusEventKind.Captured, "2024-03-01", CampA), Clerk, Now);
        person.RecordEvent(Event(StatusEventKind.Transferred, "2024-06-10", CampB), Clerk, Now);

        Assert.Equal(PersonStatus.Held, person.CurrentStatus);
        Assert.Equal(CampB, person.CurrentPlaceId);
        Assert.Equal("2024-06-10", person.StatusSince?.ToString());
    }

    [Fact]
    public void Events_entered_out_of_order_give_the_same_state_as_in_order()
    {
        var inOrder = NewPerson();
        inOrder.RecordEvent(Event(StatusEventKind.Captured, "2024-03-01", CampA), Clerk, Now);
        inOrder.RecordEvent(Event(StatusEventKind.Transferred, "2024-06-10", CampB), Clerk, Now);
        inOrder.RecordEvent(Event(StatusEventKind.Transferred, "2024-09-01", CampA), Clerk, Now);

        var outOfOrder = NewPerson();
        outOfOrder.RecordEvent(Event(StatusEventKind.Transferred, "2024-09-01", CampA), Clerk, Now);
        outOfOrder.RecordEvent(Event(StatusEventKind.Captured, "2024-03-01", CampA), Clerk, Now);
        outOfOrder.RecordEvent(Event(StatusEventKind.Transferred, "2024-06-10", CampB), Clerk, Now);

        Assert.Equal(inOrder.State, outOfOrder.State);
        Assert.Equal(CampA, outOfOrder.CurrentPlaceId);
        Assert.Equal(
            ["2024-03-01", "2024-06-10", "2024-09-01"],
            Timeline.Ordered(outOfOrder.Events).Select(e => e.Date.ToString()));
    }

    [Fact]
    public void A_late_report_of_an_earlier_transfer_does_not_move_a_released_person()
    {
        var person = NewPerson();
        person.RecordEvent(Event(StatusEventKind.Captured, "2024-03-01", CampA), Clerk, Now);
        person.RecordEvent(Event(StatusEventKind.Released, "2025-01-15"), Clerk, Now);
        person.RecordEvent(Event(StatusEventKind.Transferred, "2024-08-01", CampB), Clerk, Now);

        Assert.Equal(PersonStatus.Released, person.CurrentStatus);
        Assert.Null(person.CurrentPlaceId);
    }

    [Fact]
    public void A_transfer_after_death_is_refused_with_a_reason_and_changes_nothing()
    {
        var person = NewPerson();
        person.RecordEvent(Event(StatusEventKind.Captured, "2024-03-01", CampA), Clerk, Now);
        person.RecordEvent(Event(StatusEventKind.Died, "2024-05-02"), Clerk, Now);

        var refused = Assert.Throws<DomainRuleException>(() => person.RecordEvent(Event(StatusEventKind.Transferred, "2024-07-01", CampB), Clerk, Now));

        Assert.Contains("dead", refused.Message, StringComparison.Ordinal);
        Assert.Contains("2024-05-02", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, person.Events.Count);
        Assert.Equal(PersonStatus.Dead, person.CurrentStatus);
    }

    [Fact]
    public void A_death_dated_before_a_recorded_transfer_is_refused_because_it_makes_the_transfer_impossible()
    {
        var person = NewPerson();
        person.RecordEvent(Event(StatusEventKind.Captured, "2024-03-01", CampA), Clerk, Now);
        person.RecordEvent(Event(StatusEventKind.Transferred, "2024-07-01", CampB), Clerk, Now);

        var refused = Assert.Throws<DomainRuleException>(() => person.RecordEvent(Event(StatusEventKind.Died, "2024-05-02"), Clerk, Now));

        Assert.Contains("transferred of 2024-07-01", refused.Message, StringComparison.Ordinal);
        Assert.Equal(PersonStatus.Held, person.CurrentStatus);
    }

    [Fact]
    public void A_correction_is_kept_even_where_the_rules_would_refuse_it()
    {
        var person = NewPerson();
        person.RecordEvent(Event(StatusEventKind.Captured, "2024-03-01", CampA), Clerk, Now);
        person.RecordEvent(Event(StatusEventKind.Died, "2024-05-02"), Clerk, Now);

        var correction = person.RecordEvent(Event(StatusEventKind.Transferred, "2024-07-01", CampB, correction: true), Clerk, Now);

        Assert.NotNull(correction);
        Assert.True(correction.IsCorrection);
        Assert.Equal(PersonStatus.Held, person.CurrentStatus);
        Assert.Equal(CampB, person.CurrentPlaceId);
    }

    [Theory]
    [InlineData(StatusEventKind.Transferred)]
    [InlineData(StatusEventKind.Hospitalised)]
    [InlineData(StatusEventKind.Registered)]
    [InlineData(StatusEventKind.Escaped)]
    public void Nothing_but_a_new_capture_follows_a_repatriation(StatusEventKind kind)
    {
        var person = NewPerson();
        person.RecordEvent(Event(StatusEventKind.Captured, "2024-03-01", CampA), Clerk, Now);
        person.RecordEvent(Event(StatusEventKind.Repatriated, "2025-02-01"), Clerk, Now);

        var refused = Assert.Throws<DomainRuleException>(() => person.RecordEvent(Event(kind, "2025-03-01", CampB), Clerk, Now));

        Assert.Contains("repatriated", refused.Message, StringComparison.Ordinal);
        person.RecordEvent(Event(StatusEventKind.Captured, "2025-06-01", CampB), Clerk, Now);
        Assert.Equal(PersonStatus.Held, person.CurrentStatus);
    }

    [Fact]
    public void A_second_capture_while_held_is_refused()
    {
        var person = NewPerson();
        person.RecordEvent(Event(StatusEventKind.Captured, "2024-03-01", CampA), Clerk, Now);

        Assert.Throws<DomainRuleException>(() => person.RecordEvent(Event(StatusEventKind.Captured, "2024-04-01", CampB), Clerk, Now));
    }

    [Fact]
    public void Discharge_without_admission_is_refused()
    {
        var person = NewPerson();
        person.RecordEvent(Event(StatusEventKind.Captured, "2024-03-01", CampA), Clerk, Now);

        var refused = Assert.Throws<DomainRuleException>(() => person.RecordEvent(Event(StatusEventKind.Discharged, "2024-04-01"), Clerk, Now));
        Assert.Contains("not in hospital", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discharge_returns_the_person_to_the_place_held_before_hospital()
    {
        var person = NewPerson();
        person.RecordEvent(Event(StatusEventKind.Captured, "2024-03-01", CampA), Clerk, Now);
        person.RecordEvent(Event(StatusEventKind.Hospitalised, "2024-04-01", Hospital, seriouslyIll: true), Clerk, Now);
        Assert.Equal(PersonStatus.InHospital, person.CurrentStatus);
        Assert.Equal(Hospital, person.CurrentPlaceId);
        Assert.True(person.SeriouslyIllOrWounded);

        person.RecordEvent(Event(StatusEventKind.Discharged, "2024-04-20"), Clerk, Now);

        Assert.Equal(PersonStatus.Held, person.CurrentStatus);
        Assert.Equal(CampA, person.CurrentPlaceId);
        Assert.False(person.SeriouslyIllOrWounded);
    }

    [Fact]
    public void Weekly_health_news_falls_due_seven_days_after_the_last_news_of_a_seriously_ill_person()
    {
        var person = NewPerson();
        person.RecordEvent(Event(StatusEventKind.Captured, "2026-10-01", CampA), Clerk, Now);
        person.RecordEvent(Event(StatusEventKind.Hospitalised, "2026-11-10", Hospital, seriouslyIll: true), Clerk, Now);
        person.RecordEvent(Event(StatusEventKind.HealthNews, "2026-11-18", seriouslyIll: true), Clerk, Now);

        Assert.Equal(new DateOnly(2026, 11, 25), person.HealthNewsDueOn());

        person.RecordEvent(Event(StatusEventKind.Died, "2026-11-26"), Clerk, Now);
        Assert.Null(person.HealthNewsDueOn());
    }

    [Fact]
    public void Recording_the_same_event_twice_adds_it_once()
    {
        var person = NewPerson();
        Assert.NotNull(person.RecordEvent(Event(StatusEventKind.Captured, "2024-03-01", CampA), Clerk, Now));
        Assert.Null(person.RecordEvent(Event(StatusEventKind.Captured, "2024-03-01", CampA), Clerk, Now));
        Assert.Single(person.Events);
    }

    [Fact]
    public void An_event_dated_in_the_future_is_refused()
    {
        var person = NewPerson();
        var refused = Assert.Throws<DomainRuleException>(() => person.RecordEvent(Event(StatusEventKind.Captured, "2027-01-05", CampA), Clerk, Now));
        Assert.Equal("event_date", refused.Field);
    }

    [Fact]
    public void A_transfer_needs_a_destination()
    {
        var person = NewPerson();
        var refused = Assert.Throws<ValidationFailedException>(() => person.RecordEvent(Event(StatusEventKind.Transferred, "2024-03-01"), Clerk, Now));
        Assert.True(refused.Errors.ContainsKey("place"));
    }

    [Fact]
    public void A_vaguer_date_sorts_before_a_precise_date_in_the_same_period()
    {
        var person = NewPerson();
        person.RecordEvent(Event(StatusEventKind.Transferred, "2024-06-10", CampB), Clerk, Now);
        person.RecordEvent(Event(StatusEventKind.Captured, "2024", CampA), Clerk, Now);

        Assert.Equal(StatusEventKind.Captured, Timeline.Ordered(person.Events)[0].Kind);
        Assert.Equal(CampB, person.CurrentPlaceId);
    }
}
