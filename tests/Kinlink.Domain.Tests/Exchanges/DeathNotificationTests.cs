using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;

namespace Kinlink.Domain.Tests.Exchanges;

public class DeathNotificationTests
{
    private static readonly Actor Caseworker = new("caseworker@test.example", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly PartyId Ru = PartyId.New();
    private static readonly PartyId Ua = PartyId.New();

    internal static DeathNotificationDraft Draft(bool cremated = false, string? cremationReason = null, string? dateOfBurial = "2026-11-23", string? placeOfBurial = "Кладбище") => new(
        PartialDate.Parse("2026-11-20"), " Лазарет ", "Тиф", null, dateOfBurial is null ? null : PartialDate.Parse(dateOfBurial), placeOfBurial, "Участок 4", true, cremated, cremationReason, false, "Начальник", null);

    [Fact]
    public void A_notification_is_recorded_with_a_reference_of_its_own_and_its_particulars_trimmed()
    {
        var notification = DeathNotification.Record(PersonId.New(), Ru, Draft(), Caseworker, Now);
        Assert.StartsWith("DTH-", notification.Reference, StringComparison.Ordinal);
        Assert.Equal(DeathNotificationStatus.Recorded, notification.Status);
        Assert.Equal("Лазарет", notification.PlaceOfDeath);
        Assert.Equal("2026-11-20", notification.DateOfDeath.ToString());
        Assert.Equal("", notification.CremationReason);
    }

    [Fact]
    public void Cremation_needs_its_reason_and_a_burial_needs_its_place_and_cannot_precede_the_death()
    {
        var cremated = Assert.Throws<ValidationFailedException>(() => DeathNotification.Record(PersonId.New(), Ru, Draft(cremated: true), Caseworker, Now));
        Assert.Equal(["cremationReason"], cremated.Errors.Keys);
        var kept = DeathNotification.Record(PersonId.New(), Ru, Draft(cremated: true, cremationReason: "Гигиена", placeOfBurial: ""), Caseworker, Now);
        Assert.Equal("Гигиена", kept.CremationReason);

        var early = Assert.Throws<ValidationFailedException>(() => DeathNotification.Record(PersonId.New(), Ru, Draft(dateOfBurial: "2026-11-01"), Caseworker, Now));
        Assert.Contains("dateOfBurial", early.Errors.Keys);
        var nowhere = Assert.Throws<ValidationFailedException>(() => DeathNotification.Record(PersonId.New(), Ru, Draft(placeOfBurial: " "), Caseworker, Now));
        Assert.Contains("placeOfBurial", nowhere.Errors.Keys);
        var future = Draft() with { DateOfDeath = PartialDate.Parse("2027-01-05"), DateOfBurial = null };
        Assert.Contains("dateOfDeath", Assert.Throws<ValidationFailedException>(() => DeathNotification.Record(PersonId.New(), Ru, future, Caseworker, Now)).Errors.Keys);
    }

    [Fact]
    public void Transmission_needs_the_certificate_goes_to_the_other_party_once_and_a_correction_sends_it_back_to_be_transmitted_again()
    {
        var notification = DeathNotification.Record(PersonId.New(), Ru, Draft(), Caseworker, Now);
        Assert.Equal("certificate", Assert.Throws<DomainRuleException>(() => notification.Transmit(Ua, false, Caseworker, Now)).Field);
        Assert.Equal("party", Assert.Throws<DomainRuleException>(() => notification.Transmit(Ru, true, Caseworker, Now)).Field);
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => notification.Acknowledge(Caseworker, Now)).Field);

        notification.Transmit(Ua, true, Caseworker, Now);
        Assert.Equal((DeathNotificationStatus.Transmitted, (PartyId?)Ua, Caseworker.UserName), (notification.Status, notification.TransmittedToPartyId, notification.TransmittedBy));
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => notification.Transmit(Ua, true, Caseworker, Now)).Field);
        var officer = new Actor("liaison-officer.ua@test.example", "UA");
        notification.Acknowledge(officer, Now.AddHours(2));
        Assert.Equal((DeathNotificationStatus.Acknowledged, officer.UserName), (notification.Status, notification.AcknowledgedBy));
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => notification.Acknowledge(officer, Now)).Field);

        var version = notification.Version;
        notification.Correct(Draft() with { CauseOfDeath = "Сердечная недостаточность" }, Caseworker, Now.AddDays(1));
        Assert.Equal((DeathNotificationStatus.Recorded, "Сердечная недостаточность", (DateTimeOffset?)null), (notification.Status, notification.CauseOfDeath, notification.AcknowledgedAt));
        Assert.Equal(version + 1, notification.Version);
    }
}
