using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;

namespace Kinlink.Domain.Tests.Tracing;

public class CaseLifeCycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Caseworker = new("caseworker@test.example", null);
    private static readonly PlaceId Camp = PlaceId.New();

    internal static Enquiry NewEnquiry() => Enquiry.Open(
        new EnquiryDraft(
            new EnquirerDraft("Коваленко Галина Іванівна", EnquirerRelation.Mother, null, "+380 67 123 45 67", null, null, EnquiryLanguage.Ukrainian),
            new SoughtPersonDraft(PersonNameParts.Create("Коваленко", "Олександр", "Миколайович"), Sex.Male, PartialDate.Parse("1994-03")),
            new LastNewsDraft(),
            EnquiryChannel.Phone,
            LegalBasis.VitalInterest,
            null,
            false,
            null),
        EnquiryReference.NewRandom(), Caseworker, Now);

    /// <summary>An enquiry moved to the status by the shortest allowed path, with a linked person for located.</summary>
    internal static Enquiry At(EnquiryStatus status)
    {
        var enquiry = NewEnquiry();
        if (status == EnquiryStatus.Open)
        {
            return enquiry;
        }

        enquiry.ChangeStatus(EnquiryStatus.Searching, "search started", null, Caseworker, Now);
        if (status == EnquiryStatus.Located)
        {
            enquiry.LinkPerson(PersonId.New(), Caseworker, Now);
            enquiry.ChangeStatus(EnquiryStatus.Located, "found on the list of 20 November", Camp, Caseworker, Now);
        }
        else if (status != EnquiryStatus.Searching)
        {
            enquiry.ChangeStatus(status, "an end", null, Caseworker, Now);
        }

        return enquiry;
    }

    internal static Enquiry WithConsent(SharingConsent consent, RefusalAllowance allowed = RefusalAllowance.Nothing)
    {
        var enquiry = At(EnquiryStatus.Located);
        if (consent != SharingConsent.NotAsked)
        {
            enquiry.RecordSharingConsent(new SharingConsentDraft(consent, new DateOnly(2026, 11, 20), ConsentObtainedBy.Visit, allowed, null), Caseworker, Now);
        }

        return enquiry;
    }

    public static TheoryData<EnquiryStatus, EnquiryStatus> Allowed => new()
    {
        { EnquiryStatus.Open, EnquiryStatus.Searching },
        { EnquiryStatus.Open, EnquiryStatus.Withdrawn },
        { EnquiryStatus.Open, EnquiryStatus.ReportedDead },
        { EnquiryStatus.Searching, EnquiryStatus.ClosedWithoutResult },
        { EnquiryStatus.Searching, EnquiryStatus.ReportedDead },
        { EnquiryStatus.Searching, EnquiryStatus.Withdrawn },
        { EnquiryStatus.Located, EnquiryStatus.ReportedDead },
        { EnquiryStatus.Located, EnquiryStatus.Searching },
        { EnquiryStatus.ClosedWithoutResult, EnquiryStatus.Searching },
        { EnquiryStatus.Withdrawn, EnquiryStatus.Searching },
        { EnquiryStatus.ReportedDead, EnquiryStatus.Searching },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_change_moves_the_case_and_returns_the_event_with_who_when_and_why(EnquiryStatus from, EnquiryStatus to)
    {
        var enquiry = At(from);

        var change = enquiry.ChangeStatus(to, "  new information from the family  ", null, Caseworker, Now.AddDays(1));

        Assert.Equal(to, enquiry.Status);
        Assert.Equal(EnquiryEventKind.Status, change.Kind);
        Assert.Equal(from, change.FromStatus);
        Assert.Equal(to, change.ToStatus);
        Assert.Equal("new information from the family", change.Reason);
        Assert.Equal(Caseworker.UserName, change.By);
        Assert.Equal(Now.AddDays(1), change.At);
        Assert.Equal(enquiry.Id, change.EnquiryId);
    }

    public static TheoryData<EnquiryStatus, EnquiryStatus> Refused => new()
    {
        { EnquiryStatus.Open, EnquiryStatus.Open },
        { EnquiryStatus.Open, EnquiryStatus.ClosedWithoutResult },
        { EnquiryStatus.Searching, EnquiryStatus.Open },
        { EnquiryStatus.Searching, EnquiryStatus.Searching },
        { EnquiryStatus.Located, EnquiryStatus.ClosedWithoutResult },
        { EnquiryStatus.Located, EnquiryStatus.Open },
        { EnquiryStatus.ReportedDead, EnquiryStatus.Located },
        { EnquiryStatus.ReportedDead, EnquiryStatus.Withdrawn },
        { EnquiryStatus.ClosedWithoutResult, EnquiryStatus.Located },
        { EnquiryStatus.Withdrawn, EnquiryStatus.ClosedWithoutResult },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_change_the_life_cycle_does_not_allow_is_refused_naming_the_status_and_changes_nothing(EnquiryStatus from, EnquiryStatus to)
    {
        var enquiry = At(from);

        var refusal = Assert.Throws<DomainRuleException>(() => enquiry.ChangeStatus(to, "because", Camp, Caseworker, Now));

        Assert.Equal("status", refusal.Field);
        Assert.Equal(from, enquiry.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Every_change_needs_a_reason(string? reason)
    {
        var enquiry = NewEnquiry();

        var failure = Assert.Throws<ValidationFailedException>(() => enquiry.ChangeStatus(EnquiryStatus.Searching, reason, null, Caseworker, Now));

        Assert.Contains("reason", failure.Errors.Keys);
        Assert.Equal(EnquiryStatus.Open, enquiry.Status);
    }

    [Fact]
    public void Located_is_refused_without_a_confirmed_person()
    {
        var enquiry = At(EnquiryStatus.Searching);

        var refusal = Assert.Throws<DomainRuleException>(() => enquiry.ChangeStatus(EnquiryStatus.Located, "a list", Camp, Caseworker, Now));

        Assert.Equal("status", refusal.Field);
        Assert.Contains("confirmed", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(EnquiryStatus.Searching, enquiry.Status);
    }

    [Fact]
    public void Located_is_refused_when_the_place_of_detention_is_not_known()
    {
        var enquiry = At(EnquiryStatus.Searching);
        enquiry.LinkPerson(PersonId.New(), Caseworker, Now);

        var refusal = Assert.Throws<DomainRuleException>(() => enquiry.ChangeStatus(EnquiryStatus.Located, "a list", null, Caseworker, Now));

        Assert.Equal("status", refusal.Field);
        Assert.Equal(EnquiryStatus.Searching, enquiry.Status);
    }

    [Fact]
    public void Located_keeps_the_person_and_the_place_on_the_event()
    {
        var enquiry = At(EnquiryStatus.Searching);
        var person = PersonId.New();
        enquiry.LinkPerson(person, Caseworker, Now);

        var change = enquiry.ChangeStatus(EnquiryStatus.Located, "found on a list", Camp, Caseworker, Now);

        Assert.Equal(person, change.PersonId);
        Assert.Equal(Camp, change.PlaceId);
    }

    [Fact]
    public void Consent_is_asked_only_of_a_located_person()
    {
        var enquiry = At(EnquiryStatus.Searching);

        var refusal = Assert.Throws<DomainRuleException>(() => enquiry.RecordSharingConsent(
            new SharingConsentDraft(SharingConsent.Given, new DateOnly(2026, 11, 20), ConsentObtainedBy.Visit, null, null), Caseworker, Now));

        Assert.Equal("consent", refusal.Field);
        Assert.Equal(SharingConsent.NotAsked, enquiry.SharingConsent);
    }

    [Fact]
    public void A_refusal_needs_what_the_person_allowed_and_an_answer_needs_its_day_and_how()
    {
        var enquiry = At(EnquiryStatus.Located);

        var failure = Assert.Throws<ValidationFailedException>(() => enquiry.RecordSharingConsent(
            new SharingConsentDraft(SharingConsent.Refused, null, null, null, null), Caseworker, Now));

        Assert.Equal(["allowedOnRefusal", "obtainedBy", "obtainedOn"], failure.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(SharingConsent.NotAsked, enquiry.SharingConsent);
    }

    [Fact]
    public void An_answer_dated_in_the_future_is_refused()
    {
        var enquiry = At(EnquiryStatus.Located);

        var failure = Assert.Throws<ValidationFailedException>(() => enquiry.RecordSharingConsent(
            new SharingConsentDraft(SharingConsent.Given, new DateOnly(2026, 11, 28), ConsentObtainedBy.Phone, null, null), Caseworker, Now));

        Assert.Contains("obtainedOn", failure.Errors.Keys);
    }

    [Fact]
    public void A_refusal_is_recorded_as_an_event_with_what_the_person_allowed()
    {
        var enquiry = At(EnquiryStatus.Located);

        var change = enquiry.RecordSharingConsent(
            new SharingConsentDraft(SharingConsent.Refused, new DateOnly(2026, 11, 20), ConsentObtainedBy.RedCrossMessage, RefusalAllowance.ThatAlive, "said so in his reply"), Caseworker, Now);

        Assert.Equal(SharingConsent.Refused, enquiry.SharingConsent);
        Assert.Equal(RefusalAllowance.ThatAlive, enquiry.AllowedOnRefusal);
        Assert.Equal(EnquiryEventKind.SharingConsent, change.Kind);
        Assert.Equal(SharingConsent.NotAsked, change.FromConsent);
        Assert.Equal(SharingConsent.Refused, change.ToConsent);
        Assert.Equal(new DateOnly(2026, 11, 20), change.ConsentObtainedOn);
        Assert.Equal(ConsentObtainedBy.RedCrossMessage, change.ConsentObtainedBy);
        Assert.Equal(RefusalAllowance.ThatAlive, change.AllowedOnRefusal);
        Assert.Equal("said so in his reply", change.Reason);
    }

    [Fact]
    public void Recording_the_same_answer_again_is_refused()
    {
        var enquiry = WithConsent(SharingConsent.Given);

        var refusal = Assert.Throws<DomainRuleException>(() => enquiry.RecordSharingConsent(
            new SharingConsentDraft(SharingConsent.Given, new DateOnly(2026, 11, 21), ConsentObtainedBy.Phone, null, null), Caseworker, Now));

        Assert.Equal("consent", refusal.Field);
    }

    public static TheoryData<EnquiryStatus, SharingConsent, RefusalAllowance, FamilyAnswer> Disclosures
    {
        get
        {
            var data = new TheoryData<EnquiryStatus, SharingConsent, RefusalAllowance, FamilyAnswer>();
            foreach (var consent in Enum.GetValues<SharingConsent>())
            {
                foreach (var allowed in Enum.GetValues<RefusalAllowance>())
                {
                    data.Add(EnquiryStatus.Open, consent, allowed, FamilyAnswer.Received);
                    data.Add(EnquiryStatus.Searching, consent, allowed, FamilyAnswer.BeingSearched);
                    data.Add(EnquiryStatus.ReportedDead, consent, allowed, FamilyAnswer.NewsAvailable);
                    data.Add(EnquiryStatus.ClosedWithoutResult, consent, allowed, FamilyAnswer.SearchClosed);
                    data.Add(EnquiryStatus.Withdrawn, consent, allowed, FamilyAnswer.Withdrawn);
                }
            }

            data.Add(EnquiryStatus.Located, SharingConsent.NotAsked, RefusalAllowance.Nothing, FamilyAnswer.BeingSearched);
            data.Add(EnquiryStatus.Located, SharingConsent.Given, RefusalAllowance.Nothing, FamilyAnswer.NewsAvailable);
            data.Add(EnquiryStatus.Located, SharingConsent.Refused, RefusalAllowance.Nothing, FamilyAnswer.BeingSearched);
            data.Add(EnquiryStatus.Located, SharingConsent.Refused, RefusalAllowance.ThatAlive, FamilyAnswer.PersonAliveOnly);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Disclosures))]
    public void The_family_is_told_only_what_status_and_consent_allow(EnquiryStatus status, SharingConsent consent, RefusalAllowance allowed, FamilyAnswer expected)
    {
        Assert.Equal(expected, FamilyDisclosure.For(status, consent, allowed));
    }

    [Theory]
    [InlineData(SharingConsent.NotAsked, RefusalAllowance.Nothing, FamilyAnswer.BeingSearched)]
    [InlineData(SharingConsent.Given, RefusalAllowance.Nothing, FamilyAnswer.NewsAvailable)]
    [InlineData(SharingConsent.Refused, RefusalAllowance.Nothing, FamilyAnswer.BeingSearched)]
    [InlineData(SharingConsent.Refused, RefusalAllowance.ThatAlive, FamilyAnswer.PersonAliveOnly)]
    public void A_located_enquiry_tells_the_family_what_the_recorded_consent_allows(SharingConsent consent, RefusalAllowance allowed, FamilyAnswer expected)
    {
        Assert.Equal(expected, FamilyDisclosure.For(WithConsent(consent, allowed)));
    }

    [Fact]
    public void A_located_person_who_was_not_asked_gets_only_letters_that_say_the_search_goes_on()
    {
        var printable = LetterRules.Printable(WithConsent(SharingConsent.NotAsked));

        Assert.Equal([LetterTemplate.Acknowledgement, LetterTemplate.SearchOngoing], printable);
    }

    [Fact]
    public void Each_letter_but_the_acknowledgement_fits_exactly_one_kind_of_answer()
    {
        Assert.Equal([LetterTemplate.Acknowledgement, LetterTemplate.NewsAvailable], LetterRules.Printable(WithConsent(SharingConsent.Given)));
        Assert.Equal([LetterTemplate.Acknowledgement, LetterTemplate.PersonAlive], LetterRules.Printable(WithConsent(SharingConsent.Refused, RefusalAllowance.ThatAlive)));
        Assert.Equal([LetterTemplate.Acknowledgement, LetterTemplate.SearchClosed], LetterRules.Printable(At(EnquiryStatus.ClosedWithoutResult)));
        Assert.Equal([LetterTemplate.Acknowledgement, LetterTemplate.SearchOngoing], LetterRules.Printable(NewEnquiry()));
    }

    [Fact]
    public void A_contact_needs_its_day_channel_direction_and_what_was_said()
    {
        var failure = Assert.Throws<ValidationFailedException>(() => EnquiryContact.Record(EnquiryId.New(), null, null, null, " ", Caseworker, Now));

        Assert.Equal(["channel", "date", "direction", "summary"], failure.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_contact_in_the_future_is_refused()
    {
        var failure = Assert.Throws<ValidationFailedException>(() => EnquiryContact.Record(
            EnquiryId.New(), new DateOnly(2026, 11, 28), ContactChannel.Phone, ContactDirection.Incoming, "called", Caseworker, Now));

        Assert.Equal(["date"], failure.Errors.Keys);
    }
}
