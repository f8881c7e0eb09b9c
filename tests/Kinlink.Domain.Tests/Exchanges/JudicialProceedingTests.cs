using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;

namespace Kinlink.Domain.Tests.Exchanges;

public class JudicialProceedingTests
{
    private static readonly Actor Caseworker = new("caseworker@test.example", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly PartyId Ru = new(Guid.CreateVersion7());

    private static JudicialProceeding Open(DateOnly? notifiedOn = null) =>
        JudicialProceeding.Open(new PersonId(Guid.CreateVersion7()), Ru, " Looting (art. 158) ", "Criminal code art. 158", "Garrison court, Rostov", notifiedOn, Caseworker, Now);

    [Fact]
    public void A_new_proceeding_is_charged_pending_with_a_JUD_reference_and_its_text_trimmed()
    {
        var proceeding = Open();
        Assert.Equal(JudicialStage.Charged, proceeding.Stage);
        Assert.True(proceeding.IsPending);
        Assert.StartsWith("JUD-", proceeding.Reference, StringComparison.Ordinal);
        Assert.Equal("Looting (art. 158)", proceeding.Charges);
        Assert.False(proceeding.NoticeShort);
        Assert.Null(proceeding.EarliestExecutionOn);
    }

    [Fact]
    public void Opening_without_charges_or_with_a_notification_in_the_future_is_refused_naming_both_fields()
    {
        var failure = Assert.Throws<ValidationFailedException>(() =>
            JudicialProceeding.Open(new PersonId(Guid.CreateVersion7()), Ru, "  ", null, null, new DateOnly(2026, 12, 5), Caseworker, Now));
        Assert.Contains("charges", failure.Errors.Keys);
        Assert.Contains("notifiedOn", failure.Errors.Keys);
    }

    [Theory]
    [InlineData("2026-11-01", "2026-11-22", false)]
    [InlineData("2026-11-01", "2026-11-21", true)]
    [InlineData(null, "2026-12-20", true)]
    public void The_notice_is_short_when_the_trial_comes_less_than_three_weeks_after_the_notification_or_without_one(string? notified, string trial, bool shortNotice)
    {
        var proceeding = Open(notified is null ? null : DateOnly.Parse(notified, System.Globalization.CultureInfo.InvariantCulture));
        proceeding.ScheduleTrial(DateOnly.Parse(trial, System.Globalization.CultureInfo.InvariantCulture), "Rostov", null, Caseworker, Now);
        Assert.Equal(JudicialStage.TrialScheduled, proceeding.Stage);
        Assert.Equal(shortNotice, proceeding.NoticeShort);
        Assert.Equal("Garrison court, Rostov", proceeding.Court);
    }

    [Fact]
    public void A_notification_recorded_later_lifts_the_short_notice_flag_and_bumps_the_version()
    {
        var proceeding = Open();
        proceeding.ScheduleTrial(new DateOnly(2026, 12, 20), "Rostov", "Regional court", Caseworker, Now);
        Assert.True(proceeding.NoticeShort);
        var version = proceeding.Version;
        proceeding.RecordNotification(new DateOnly(2026, 11, 20), Caseworker, Now);
        Assert.False(proceeding.NoticeShort);
        Assert.Equal("Regional court", proceeding.Court);
        Assert.Equal(version + 1, proceeding.Version);
    }

    [Fact]
    public void A_death_sentence_may_not_be_carried_out_before_six_months_and_has_no_end_date()
    {
        var proceeding = Open();
        Assert.Throws<ValidationFailedException>(() => proceeding.RecordSentence(new DateOnly(2026, 11, 20), "Death", true, new DateOnly(2030, 1, 1), null, Caseworker, Now));
        proceeding.RecordSentence(new DateOnly(2026, 11, 20), "Death", true, null, null, Caseworker, Now);
        Assert.Equal(JudicialStage.Sentenced, proceeding.Stage);
        Assert.True(proceeding.IsPending);
        Assert.Equal(new DateOnly(2027, 5, 20), proceeding.EarliestExecutionOn);
    }

    [Fact]
    public void A_sentenced_proceeding_cannot_be_tried_again_or_acquitted_and_ends_only_with_the_sentence_completed()
    {
        var proceeding = Open();
        proceeding.RecordSentence(new DateOnly(2026, 11, 20), "Two years", false, new DateOnly(2028, 11, 20), null, Caseworker, Now);
        Assert.Null(proceeding.EarliestExecutionOn);
        Assert.Throws<DomainRuleException>(() => proceeding.ScheduleTrial(new DateOnly(2026, 12, 20), null, null, Caseworker, Now));
        var acquitted = Assert.Throws<ValidationFailedException>(() => proceeding.Close(JudicialStage.Acquitted, new DateOnly(2026, 11, 26), null, Caseworker, Now));
        Assert.Contains("stage", acquitted.Errors.Keys);
        proceeding.Close(JudicialStage.SentenceCompleted, new DateOnly(2026, 11, 26), "Pardoned", Caseworker, Now);
        Assert.False(proceeding.IsPending);
        Assert.Throws<DomainRuleException>(() => proceeding.RecordNotification(new DateOnly(2026, 11, 1), Caseworker, Now));
    }

    [Fact]
    public void A_charged_proceeding_cannot_complete_a_sentence_it_never_had_but_may_be_discontinued()
    {
        var proceeding = Open();
        var failure = Assert.Throws<ValidationFailedException>(() => proceeding.Close(JudicialStage.SentenceCompleted, new DateOnly(2026, 11, 26), null, Caseworker, Now));
        Assert.Contains("stage", failure.Errors.Keys);
        Assert.Throws<ValidationFailedException>(() => proceeding.Close(JudicialStage.Sentenced, new DateOnly(2026, 11, 26), null, Caseworker, Now));
        proceeding.Close(JudicialStage.Discontinued, new DateOnly(2026, 11, 26), "Charges dropped", Caseworker, Now);
        Assert.Equal(JudicialStage.Discontinued, proceeding.Stage);
        Assert.Equal("Charges dropped", proceeding.StageNote);
    }

    [Fact]
    public void A_proceeding_holds_the_person_while_charged_awaiting_trial_or_sentenced_and_no_longer_once_it_ends()
    {
        var charged = Open();
        var scheduled = Open();
        scheduled.ScheduleTrial(new DateOnly(2026, 12, 20), "Rostov", null, Caseworker, Now);
        var sentenced = Open();
        sentenced.RecordSentence(new DateOnly(2026, 11, 20), "Three years", false, new DateOnly(2029, 11, 20), null, Caseworker, Now);
        var acquitted = Open();
        acquitted.Close(JudicialStage.Acquitted, new DateOnly(2026, 11, 25), null, Caseworker, Now);
        var discontinued = Open();
        discontinued.Close(JudicialStage.Discontinued, new DateOnly(2026, 11, 25), null, Caseworker, Now);
        var served = Open();
        served.RecordSentence(new DateOnly(2026, 1, 20), "Ten months", false, new DateOnly(2026, 11, 20), null, Caseworker, Now);
        served.Close(JudicialStage.SentenceCompleted, new DateOnly(2026, 11, 20), "Released from the colony", Caseworker, Now);

        var all = new[] { charged, scheduled, sentenced, acquitted, discontinued, served };
        Assert.Equal([true, true, true, false, false, false], all.Select(p => p.IsPending));
        // The stages a query counts as pending (JudicialLookups) are exactly those of the proceedings that hold the person.
        Assert.Equal(all.Where(p => p.IsPending).Select(p => p.Stage), JudicialProceeding.PendingStages);
        Assert.All(all.Where(p => !p.IsPending), p => Assert.DoesNotContain(p.Stage, JudicialProceeding.PendingStages));
    }
}
