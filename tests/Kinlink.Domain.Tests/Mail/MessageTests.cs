using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Tracing;
using static Kinlink.Domain.Tests.Mail.MailTestData;

namespace Kinlink.Domain.Tests.Mail;

public class MessageTests
{
    [Fact]
    public void A_message_is_received_with_its_fields_sealed_and_trimmed()
    {
        var message = Message();
        Assert.Equal(MailStatus.Received, message.Status);
        Assert.StartsWith("MSG-", message.Reference, StringComparison.Ordinal);
        Assert.Equal("sealed:message-text:Ми живі.", message.SealedText);
        Assert.Equal("sealed:message-correspondent-name:Олена Коваленко", message.SealedCorrespondentName);
        Assert.Equal("uk", message.Language);
        Assert.Equal(MailEventKind.Received, Assert.Single(message.Events).Kind);
        Assert.Equal(MailQuotaKind.Letter, message.QuotaKind);
    }

    [Fact]
    public void A_bad_message_names_every_bad_field()
    {
        var draft = new MessageDraft(MessageKind.CaptureCard, MessageDirection.ToDetainee, PersonId.New(), null, new string('x', MessageDraft.NameLength + 1), null, null, " ", "", (MailIntake)9, null);
        var failure = Assert.Throws<ValidationFailedException>(() => Kinlink.Domain.Mail.Message.Create(draft, null, Seal, Caseworker, Now));
        Assert.Equal(["correspondentName", "direction", "intake", "language", "text"], failure.Errors.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_message_without_a_family_name_is_taken_when_it_belongs_to_an_enquiry()
    {
        var draft = Draft(PersonId.New(), enquiry: EnquiryId.New()) with { CorrespondentName = " " };
        var message = Kinlink.Domain.Mail.Message.Create(draft, null, Seal, Caseworker, Now);
        Assert.Equal(draft.EnquiryId, message.EnquiryId);
    }

    [Fact]
    public void A_reply_goes_the_other_way_about_the_same_person_and_inherits_the_enquiry()
    {
        var person = PersonId.New();
        var enquiry = EnquiryId.New();
        var original = Message(person, enquiry: enquiry);
        var reply = Kinlink.Domain.Mail.Message.Create(Draft(person, MessageDirection.FromDetainee), original, Seal, Caseworker, Now);
        Assert.Equal(original.Id, reply.InReplyToId);
        Assert.Equal(enquiry, reply.EnquiryId);
        Assert.Contains(original.Reference, reply.Events[0].Note, StringComparison.Ordinal);

        Assert.Equal("inReplyTo", Assert.Throws<ValidationFailedException>(() =>
            Kinlink.Domain.Mail.Message.Create(Draft(person, MessageDirection.ToDetainee), original, Seal, Caseworker, Now)).Errors.Keys.Single());
        Assert.Equal("inReplyTo", Assert.Throws<ValidationFailedException>(() =>
            Kinlink.Domain.Mail.Message.Create(Draft(PersonId.New(), MessageDirection.FromDetainee), original, Seal, Caseworker, Now)).Errors.Keys.Single());
    }

    [Fact]
    public void A_passed_check_clears_the_message()
    {
        var message = Message();
        message.RecordCheck(MessageCheckOutcome.Passed, null, Caseworker, Now);
        Assert.Equal((MailStatus.Cleared, MessageCheckOutcome.Passed), (message.Status, message.CheckOutcome));
        Assert.Equal(MailEventKind.Checked, message.Events[^1].Kind);
        Assert.Null(message.ClosedAt);
    }

    [Fact]
    public void Parts_struck_out_are_named_and_the_message_still_goes()
    {
        var message = Message();
        Assert.Equal("note", Assert.Throws<ValidationFailedException>(() => message.RecordCheck(MessageCheckOutcome.PassedWithPartsStruckOut, " ", Caseworker, Now)).Errors.Keys.Single());
        message.RecordCheck(MessageCheckOutcome.PassedWithPartsStruckOut, "The camp's location", Caseworker, Now);
        Assert.Equal(MailStatus.Cleared, message.Status);
        Assert.Contains("The camp's location", message.Events[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_withheld_message_is_closed_with_the_reason_and_the_check_is_recorded_once()
    {
        var message = Message();
        Assert.Throws<ValidationFailedException>(() => message.RecordCheck(MessageCheckOutcome.Withheld, null, Caseworker, Now));
        message.RecordCheck(MessageCheckOutcome.Withheld, "Military information", Caseworker, Now);
        Assert.Equal(MailStatus.Withheld, message.Status);
        Assert.Equal("Military information", message.OutcomeNote);
        Assert.NotNull(message.ClosedAt);
        Assert.False(message.IsOpen);
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => message.RecordCheck(MessageCheckOutcome.Passed, null, Caseworker, Now)).Field);
    }

    [Theory]
    [InlineData(MessageKind.RedCrossMessage, MailQuotaKind.Letter)]
    [InlineData(MessageKind.Letter, MailQuotaKind.Letter)]
    [InlineData(MessageKind.Card, MailQuotaKind.Card)]
    [InlineData(MessageKind.CaptureCard, null)]
    public void Each_kind_counts_against_the_art71_quota_as_the_convention_says(MessageKind kind, MailQuotaKind? expected) =>
        Assert.Equal(expected, Art71.QuotaKindOf(kind));
}
