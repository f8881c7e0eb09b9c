using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Tracing;
using static Kinlink.Domain.Tests.Mail.MailTestData;

namespace Kinlink.Domain.Tests.Mail;

public class ParcelTests
{
    [Fact]
    public void A_parcel_within_the_rules_is_cleared_with_its_weight_summed_and_its_sender_sealed()
    {
        var parcel = Parcel();
        Assert.Equal(MailStatus.Cleared, parcel.Status);
        Assert.Equal(1900, parcel.TotalWeightGrams);
        Assert.Equal([1, 2], parcel.Lines.Select(l => l.Number).ToArray());
        Assert.Equal("sealed:parcel-sender-name:Олена", parcel.SealedSenderName);
        Assert.Equal("sealed:parcel-sender-address:Полтава", parcel.SealedSenderAddress);
        Assert.Equal("", parcel.RefusalReasons);
        Assert.Equal([MailEventKind.Received, MailEventKind.Checked], parcel.Events.Select(e => e.Kind).ToArray());
    }

    [Fact]
    public void A_parcel_heavier_than_allowed_is_refused_naming_the_weight()
    {
        var parcel = Parcel(Line(ParcelCategory.Food, "Flour", 2, 3000), Line(ParcelCategory.Food, "Sugar", 1, 2001));
        Assert.Equal(MailStatus.Refused, parcel.Status);
        Assert.Equal("The parcel weighs 5001 g; at most 5000 g.", parcel.RefusalReasons);
        Assert.NotNull(parcel.ClosedAt);
        Assert.Equal(MailStatus.Cleared, Parcel(Line(ParcelCategory.Food, "Flour", 1, 5000)).Status);
    }

    [Theory]
    [InlineData("Folding KNIFE", true)]
    [InlineData("knife.", true)]
    [InlineData("Razor blade, spare", true)]
    [InlineData("sim card", true)]
    [InlineData("Knifeless spoon", false)]
    [InlineData("Penknives", false)]
    [InlineData("Razor", false)]
    public void Forbidden_items_are_matched_as_whole_words_in_any_case(string description, bool refused)
    {
        var parcel = Parcel(Line(ParcelCategory.Other, description));
        Assert.Equal(refused ? MailStatus.Refused : MailStatus.Cleared, parcel.Status);
        if (refused)
        {
            Assert.StartsWith("line 1: '", parcel.RefusalReasons, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Books_packed_with_food_or_clothing_are_refused_naming_the_book_line_unless_the_rule_is_off()
    {
        var lines = new[] { Line(ParcelCategory.Clothing, "Socks"), Line(ParcelCategory.Hygiene, "Soap"), Line(ParcelCategory.Books, "Kobzar") };
        var violations = Rules.Check(lines);
        var violation = Assert.Single(violations);
        Assert.Equal((ParcelRules.BooksPackedWithFoodOrClothingRule, (int?)3), (violation.Rule, violation.LineNumber));
        Assert.Empty((Rules with { BooksApartFromFoodAndClothing = false }).Check(lines));
        Assert.Empty(Rules.Check([Line(ParcelCategory.Books, "Kobzar"), Line(ParcelCategory.Hygiene, "Soap")]));
    }

    [Fact]
    public void Every_broken_rule_is_given_each_with_its_line()
    {
        var parcel = Parcel(Line(ParcelCategory.Food, "Bread", 1, 4000), Line(ParcelCategory.Other, "knife and SIM card", 1, 200), Line(ParcelCategory.Books, "Atlas", 1, 1000));
        var reasons = parcel.RefusalReasons.Split('\n');
        Assert.Equal(4, reasons.Length);
        Assert.Equal(2, reasons.Count(r => r.StartsWith("line 2: ", StringComparison.Ordinal)));
        Assert.Contains(reasons, r => r.StartsWith("line 3: Books", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("5200 g", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_lines_and_a_missing_sender_are_named_field_by_field()
    {
        var draft = new ParcelDraft(PersonId.New(), null, " ", null, MailIntake.Caseworker,
            [Line(ParcelCategory.Food, "Tea"), new ParcelLineDraft((ParcelCategory)0, " ", 0, ParcelRules.MaxLineWeightGrams + 1)]);
        var failure = Assert.Throws<ValidationFailedException>(() => Kinlink.Domain.Mail.Parcel.Create(draft, Rules, Seal, Caseworker, Now));
        Assert.Equal(["lines[1].category", "lines[1].description", "lines[1].quantity", "lines[1].weightGrams", "senderName"], failure.Errors.Keys.Order(StringComparer.Ordinal).ToArray());
        var empty = Assert.Throws<ValidationFailedException>(() => ParcelDraft.ValidateLines([]));
        Assert.Equal("lines", empty.Errors.Keys.Single());
    }

    [Fact]
    public void Corrected_lines_are_checked_again_and_a_refused_parcel_can_be_cleared()
    {
        var parcel = Parcel(Line(ParcelCategory.Other, "Lighter"), Line(ParcelCategory.Food, "Tea"), Line(ParcelCategory.Food, "knife"));
        Assert.Equal(MailStatus.Refused, parcel.Status);
        parcel.CorrectLines([Line(ParcelCategory.Food, "Tea", 2, 200)], Rules, Caseworker, Now);
        Assert.Equal(MailStatus.Cleared, parcel.Status);
        Assert.Equal("", parcel.RefusalReasons);
        Assert.Equal("", parcel.OutcomeNote);
        Assert.Null(parcel.ClosedAt);
        var line = Assert.Single(parcel.Lines);
        Assert.Equal((1, "Tea", 2, 200), (line.Number, line.Description, line.Quantity, line.WeightGrams));
        Assert.Equal(200, parcel.TotalWeightGrams);
        Assert.Contains(parcel.Events, e => e.Kind == MailEventKind.Corrected);
    }

    [Fact]
    public void Lines_cannot_change_once_the_parcel_is_in_a_batch_or_delivered()
    {
        var place = PlaceId.New();
        var party = PartyId.New();
        var parcel = RoutedParcel(place, party);
        parcel.AddToBatch(MailBatch.Create(place, party, null, Caseworker, Now));
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => parcel.CorrectLines([Line(ParcelCategory.Food, "Tea")], Rules, Caseworker, Now)).Field);
    }

    [Fact]
    public void A_receipt_names_who_signed_it_and_both_missing_are_named()
    {
        var parcel = RoutedParcel(PlaceId.New(), PartyId.New());
        var failure = Assert.Throws<ValidationFailedException>(() => parcel.Deliver(DeliveryChannel.AuthorityConfirmed, null, (ParcelReceiptSigner)0, " ", null, Caseworker, Now));
        Assert.Equal(["receiptSigner", "receiptSignerName"], failure.Errors.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(MailStatus.Cleared, parcel.Status);
        parcel.Deliver(DeliveryChannel.AuthorityConfirmed, null, ParcelReceiptSigner.PrisonersRepresentative, " Петренко І. ", null, Caseworker, Now);
        Assert.Equal((MailStatus.Delivered, ParcelReceiptSigner.PrisonersRepresentative, "Петренко І."), (parcel.Status, parcel.ReceiptSigner, parcel.ReceiptSignerName));
    }

    [Fact]
    public void Only_a_refused_or_undeliverable_parcel_is_returned()
    {
        var cleared = Parcel();
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => cleared.Return(null, Caseworker, Now)).Field);
        var withKnife = Parcel(Line(ParcelCategory.Other, "Knife", 1, 10));
        withKnife.Return("Sent back to Poltava", Caseworker, Now);
        Assert.Equal(MailStatus.Returned, withKnife.Status);
        Assert.Equal(MailEventKind.Returned, withKnife.Events[^1].Kind);
    }

    [Fact]
    public void A_parcel_keeps_the_enquiry_it_belongs_to()
    {
        var enquiry = EnquiryId.New();
        var parcel = Kinlink.Domain.Mail.Parcel.Create(new ParcelDraft(PersonId.New(), enquiry, "Олена", null, MailIntake.FamilyOnline, [Line(ParcelCategory.Food, "Tea")]), Rules, Seal, Caseworker, Now);
        Assert.Equal((enquiry, MailIntake.FamilyOnline), (parcel.EnquiryId, parcel.Intake));
    }
}
