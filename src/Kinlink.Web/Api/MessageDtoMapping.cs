using Kinlink.Data.Mail;

namespace Kinlink.Web.Api;

internal static class MessageDtoMapping
{
    public static MessageSummaryDto ToDto(this MessageSummary m) => new(
        m.Reference, MailCodes.Of(m.Kind), MailCodes.Of(m.Direction), m.PersonReference, m.PersonName, m.EnquiryReference, m.PlaceCode,
        MailCodes.Of(m.Status), m.ReceivedAt, MailCodes.Of(m.LastStep), m.LastStepAt);

    public static MessageDto ToDto(this MessageRecord r)
    {
        var m = r.Message;
        return new MessageDto(
            m.Reference, MailCodes.Of(m.Kind), MailCodes.Of(m.Direction), MailCodes.Of(m.Intake), r.PersonReference, r.PersonName, r.EnquiryReference,
            MailCodes.Of(m.Status), r.PlaceCode, r.PlaceName, r.DetainingPartyCode, r.BatchReference, m.ReceivedAt, m.ReceivedBy,
            m.CheckOutcome is { } outcome ? MailCodes.Of(outcome) : null, m.CheckNote, m.CheckedAt, m.CheckedBy,
            m.DeliveryChannel is { } channel ? MailCodes.Of(channel) : null, r.DeliveredOnVisitReference,
            m.UndeliverableReason is { } reason ? MailCodes.Of(reason) : null, m.OutcomeNote, m.ClosedAt, m.ClosedBy,
            m.StoppedForSender, r.InReplyToReference, r.ReplyReferences, r.Scan?.ToDto(),
            r.Steps.Select(s => new MessageStepDto(MailCodes.Of(s.Kind), s.At, s.By, MailCodes.Of(s.ToStatus), s.PlaceCode, s.Note)).ToList(),
            m.Version);
    }

    public static MessageScanDto ToDto(this MessageScanInfo s) => new(s.FileName, s.ContentType, s.Size, s.Sha256, s.CreatedAt, s.CreatedBy);

    public static MessageTextDto ToDto(this MessageText t) => new(t.Reference, t.Text, t.CorrespondentName, t.CorrespondentAddress, t.CorrespondentRelation, t.Language);
}
