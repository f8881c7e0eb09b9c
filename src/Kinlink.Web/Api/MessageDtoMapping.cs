using Kinlink.Data.Mail;

namespace Kinlink.Web.Api;

internal static class MessageDtoMapping
{
    public static MessageSummaryDto ToDto(this MessageSummary m) => new(
        m.Reference, MessageCodes.Of(m.Kind), MessageCodes.Of(m.Direction), m.PersonReference, m.PersonName, m.EnquiryReference, m.PlaceCode,
        MessageCodes.Of(m.Status), m.ReceivedAt, MessageCodes.Of(m.LastStep), m.LastStepAt);

    public static MessageDto ToDto(this MessageRecord r)
    {
        var m = r.Message;
        return new MessageDto(
            m.Reference, MessageCodes.Of(m.Kind), MessageCodes.Of(m.Direction), MessageCodes.Of(m.Intake), r.PersonReference, r.PersonName, r.EnquiryReference,
            MessageCodes.Of(m.Status), r.PlaceCode, r.PlaceName, r.DetainingPartyCode, r.BatchReference, m.ReceivedAt, m.ReceivedBy,
            m.CheckOutcome is { } outcome ? MessageCodes.Of(outcome) : null, m.CheckNote, m.CheckedAt, m.CheckedBy,
            m.DeliveryChannel is { } channel ? MessageCodes.Of(channel) : null, r.DeliveredOnVisitReference,
            m.UndeliverableReason is { } reason ? MessageCodes.Of(reason) : null, m.OutcomeNote, m.ClosedAt, m.ClosedBy,
            m.StoppedForSender, r.InReplyToReference, r.ReplyReferences, r.Scan?.ToDto(),
            r.Steps.Select(s => new MessageStepDto(MessageCodes.Of(s.Kind), s.At, s.By, MessageCodes.Of(s.ToStatus), s.PlaceCode, s.Note)).ToList(),
            m.Version);
    }

    public static MessageScanDto ToDto(this MessageScanInfo s) => new(s.FileName, s.ContentType, s.Size, s.Sha256, s.CreatedAt, s.CreatedBy);

    public static MessageTextDto ToDto(this MessageText t) => new(t.Reference, t.Text, t.CorrespondentName, t.CorrespondentAddress, t.CorrespondentRelation, t.Language);
}
