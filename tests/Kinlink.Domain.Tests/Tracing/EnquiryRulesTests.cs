using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;

namespace Kinlink.Domain.Tests.Tracing;

public class EnquiryRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private static EnquiryDraft Valid() => new(
        new EnquirerDraft("Коваленко Галина Іванівна", EnquirerRelation.Mother, null, "+380 67 123 45 67", "h.kovalenko@example.org", "вул. Шевченка 1, Київ", EnquiryLanguage.Ukrainian),
        new SoughtPersonDraft(PersonNameParts.Create("Коваленко", "Олександр", "Миколайович"), Sex.Male, PartialDate.Parse("1994-03-12")),
        new LastNewsDraft(PartialDate.Parse("2025-05"), "Бахмут", "телефонний дзвінок"),
        EnquiryChannel.Phone,
        LegalBasis.EnquirerConsent,
        null,
        ConsentGiven: true,
        ConsentDate: new DateOnly(2026, 11, 20));

    [Fact]
    public void A_complete_enquiry_has_no_problems_and_opens()
    {
        Assert.Empty(EnquiryRules.Problems(Valid(), Today));

        var enquiry = Enquiry.Open(Valid(), EnquiryReference.NewRandom(), new Actor("caseworker@example.org", null), Now);

        Assert.Equal(EnquiryStatus.Open, enquiry.Status);
        Assert.Equal("Коваленко Олександр Миколайович", enquiry.SoughtFullName);
        Assert.Equal("caseworker@example.org", enquiry.CreatedBy);
        Assert.Equal(Now, enquiry.CreatedAt);
    }

    public static TheoryData<string, string> BadDrafts => new()
    {
        { "no legal basis", "legalBasis" },
        { "other basis without a note", "legalBasisNote" },
        { "consent basis without consent", "consent.given" },
        { "consent without a date", "consent.date" },
        { "consent date without consent", "consent.date" },
        { "consent date in the future", "consent.date" },
        { "both date of birth and age", "soughtPerson.dateOfBirth" },
        { "date of birth in the future", "soughtPerson.dateOfBirth" },
        { "age as of a future date", "soughtPerson.approximateAge.asOf" },
        { "no sought name", "soughtPerson.surname" },
        { "no enquirer name", "enquirer.fullName" },
        { "enquirer name with digits", "enquirer.fullName" },
        { "no relation", "enquirer.relation" },
        { "other relation without text", "enquirer.relationOther" },
        { "relation text for a mother", "enquirer.relationOther" },
        { "bad email", "enquirer.email" },
        { "bad phone", "enquirer.phone" },
        { "no way to reach the enquirer", "enquirer.phone" },
        { "no language", "enquirer.language" },
        { "no channel", "channel" },
        { "last news in the future", "circumstances.lastNewsDate" },
        { "line break in a place", "circumstances.lastNewsPlace" },
        { "military unit too long", "soughtPerson.militaryUnit" },
    };

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public void A_problem_is_named_by_its_field_and_the_enquiry_is_refused(string problem, string field)
    {
        var valid = Valid();
        var draft = problem switch
        {
            "no legal basis" => valid with { LegalBasis = null },
            "other basis without a note" => valid with { LegalBasis = LegalBasis.Other, LegalBasisNote = " " },
            "consent basis without consent" => valid with { ConsentGiven = false, ConsentDate = null },
            "consent without a date" => valid with { ConsentDate = null },
            "consent date without consent" => valid with { LegalBasis = LegalBasis.VitalInterest, ConsentGiven = false },
            "consent date in the future" => valid with { ConsentDate = Today.AddDays(1) },
            "both date of birth and age" => valid with { SoughtPerson = valid.SoughtPerson with { ApproximateAge = ApproximateAge.Create(30, PartialDate.Parse("2024")) } },
            "date of birth in the future" => valid with { SoughtPerson = valid.SoughtPerson with { DateOfBirth = PartialDate.Parse("2027") } },
            "age as of a future date" => valid with { SoughtPerson = valid.SoughtPerson with { DateOfBirth = null, ApproximateAge = ApproximateAge.Create(30, PartialDate.Parse("2027-01")) } },
            "no sought name" => valid with { SoughtPerson = valid.SoughtPerson with { Name = null } },
            "no enquirer name" => valid with { Enquirer = valid.Enquirer with { FullName = "  " } },
            "enquirer name with digits" => valid with { Enquirer = valid.Enquirer with { FullName = "Галина 2" } },
            "no relation" => valid with { Enquirer = valid.Enquirer with { Relation = null } },
            "other relation without text" => valid with { Enquirer = valid.Enquirer with { Relation = EnquirerRelation.Other } },
            "relation text for a mother" => valid with { Enquirer = valid.Enquirer with { RelationOther = "aunt" } },
            "bad email" => valid with { Enquirer = valid.Enquirer with { Email = "h.kovalenko@example" } },
            "bad phone" => valid with { Enquirer = valid.Enquirer with { Phone = "call me" } },
            "no way to reach the enquirer" => valid with { Enquirer = valid.Enquirer with { Phone = null, Email = "", PostalAddress = " " } },
            "no language" => valid with { Enquirer = valid.Enquirer with { Language = null } },
            "no channel" => valid with { Channel = null },
            "last news in the future" => valid with { Circumstances = valid.Circumstances with { Date = PartialDate.Parse("2026-12") } },
            "line break in a place" => valid with { Circumstances = valid.Circumstances with { Place = "Бахмут\nДонецька" } },
            "military unit too long" => valid with { SoughtPerson = valid.SoughtPerson with { MilitaryUnit = new string('x', 201) } },
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
        };

        var problems = EnquiryRules.Problems(draft, Today);
        Assert.Equal([field], problems.Keys);
        var refused = Assert.Throws<ValidationFailedException>(() => Enquiry.Open(draft, EnquiryReference.NewRandom(), Actor.System, Now));
        Assert.Equal([field], refused.Errors.Keys);
    }

    [Fact]
    public void An_other_relative_may_say_which_and_an_age_alone_is_enough()
    {
        var valid = Valid();
        var draft = valid with
        {
            Enquirer = valid.Enquirer with { Relation = EnquirerRelation.OtherRelative, RelationOther = "тітка", Phone = null, Email = null },
            SoughtPerson = valid.SoughtPerson with { DateOfBirth = null, ApproximateAge = ApproximateAge.Create(30, PartialDate.Parse("2024")) },
            LegalBasis = LegalBasis.VitalInterest,
            ConsentGiven = false,
            ConsentDate = null,
        };

        Assert.Empty(EnquiryRules.Problems(draft, Today));
        var enquiry = Enquiry.Open(draft, EnquiryReference.NewRandom(), Actor.System, Now);
        Assert.Equal(30, enquiry.SoughtApproximateAge!.Years);
        Assert.Null(enquiry.SoughtDateOfBirth);
    }

    [Theory]
    [InlineData("a@b.example", true)]
    [InlineData("mária.kovács+tracing@posta.example.hu", true)]
    [InlineData("a@b", false)]
    [InlineData("a b@c.example", false)]
    [InlineData("a@@c.example", false)]
    [InlineData("@c.example", false)]
    [InlineData("Galina <g@c.example>", false)]
    [InlineData("a@c..example", false)]
    public void Email_addresses(string text, bool valid) => Assert.Equal(valid, EnquiryRules.IsEmail(text));

    [Theory]
    [InlineData("+380 67 123 45 67", true)]
    [InlineData("(044) 123-45-67", true)]
    [InlineData("12345", false)]
    [InlineData("067 123 45 67 ext", false)]
    [InlineData("380+67 1234567", false)]
    public void Phone_numbers(string text, bool valid) => Assert.Equal(valid, EnquiryRules.IsPhone(text));
}
