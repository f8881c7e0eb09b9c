using Kinlink.Data.Mail;
using Kinlink.Domain.Mail;

namespace Kinlink.Web.Api;

public sealed record MailPersonDto(string Reference, string Name, string NameLatin, string ServiceNumber);

public sealed record ParcelSummaryDto(
    string Reference, MailStatus Status, MailPersonDto Person, string? Enquiry, string? Place, string? Party, string? Batch,
    int TotalWeightGrams, int LineCount, DateTimeOffset ReceivedAt, bool NeedsRerouting, bool StoppedForSender, int Version);

public sealed record ParcelLineDto(int Number, ParcelCategory Category, string Description, int Quantity, int WeightGrams);

public sealed record ParcelRefusalReasonDto(int? Line, string Reason);

public sealed record MailTrailStepDto(MailEventKind Kind, DateTimeOffset At, string By, MailStatus ToStatus, string? Place, string Note);

/// <summary>A parcel in full; <c>senderName</c> and <c>senderAddress</c> are null for readers without the MailText policy.</summary>
public sealed record ParcelDto(
    string Reference, MailStatus Status, MailPersonDto Person, string? Enquiry, string? Place, string? Party, string? Batch,
    int TotalWeightGrams, DateTimeOffset ReceivedAt, bool NeedsRerouting, bool StoppedForSender, int Version,
    MailIntake Intake, string? SenderName, string? SenderAddress, IReadOnlyList<ParcelLineDto> Lines, IReadOnlyList<ParcelRefusalReasonDto> RefusalReasons,
    DeliveryChannel? DeliveryChannel, string? Visit, ParcelReceiptSigner? ReceiptSigner, string ReceiptSignerName,
    UndeliverableReason? UndeliverableReason, string OutcomeNote, DateTimeOffset? ClosedAt, string ClosedBy, IReadOnlyList<MailTrailStepDto> Trail);

public sealed record MailBatchSummaryDto(
    string Reference, MailBatchStatus Status, string Place, string PlaceName, string Party, int ItemCount,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? DispatchedAt, string DispatchedBy, string Note, int Version);

public sealed record MailManifestRowDto(
    string Item, string Kind, string Person, string Name, string NameLatin, string ServiceNumber, int? WeightGrams, int? Lines, MailStatus Status, bool NeedsRerouting);

public sealed record MailBatchDto(MailBatchSummaryDto Batch, IReadOnlyList<MailManifestRowDto> Items);

public sealed record MailDispatchInput(int? Version);

public sealed record MailRoutingEntryDto(string Item, string Kind, MailStatus Status, MailPersonDto Person, string? RoutedPlace, string CurrentPlace, string? Batch);

public sealed record MailRerouteResultDto(IReadOnlyList<string> Rerouted);

public sealed record MailStoppedEntryDto(string Item, string Kind, MailPersonDto Person, string? Enquiry, UndeliverableReason? Reason, DateTimeOffset? StoppedAt, bool SenderToInform);

internal static class MailParcelDtoMapping
{
    public static MailPersonDto ToDto(this MailPerson person) => new(person.Reference, person.Name, person.NameLatin, person.ServiceNumber);

    public static ParcelSummaryDto ToDto(this ParcelSummary p) => new(
        p.Reference, p.Status, p.Person.ToDto(), p.EnquiryReference, p.PlaceCode, p.PartyCode, p.BatchReference,
        p.TotalWeightGrams, p.LineCount, p.ReceivedAt, p.NeedsRerouting, p.StoppedForSender, p.Version);

    public static ParcelDto ToDto(this ParcelView v)
    {
        var s = v.Summary;
        return new ParcelDto(s.Reference, s.Status, s.Person.ToDto(), s.EnquiryReference, s.PlaceCode, s.PartyCode, s.BatchReference,
            s.TotalWeightGrams, s.ReceivedAt, s.NeedsRerouting, s.StoppedForSender, s.Version, v.Intake, v.SenderName, v.SenderAddress,
            [.. v.Lines.Select(l => new ParcelLineDto(l.Number, l.Category, l.Description, l.Quantity, l.WeightGrams))],
            [.. v.RefusalReasons.Select(r => new ParcelRefusalReasonDto(r.Line, Presentation.MessageTranslator.InReadersLanguage(r.Reason)))],
            v.DeliveryChannel, v.VisitReference, v.ReceiptSigner, v.ReceiptSignerName, v.UndeliverableReason, v.OutcomeNote, v.ClosedAt, v.ClosedBy,
            [.. v.Trail.Select(t => new MailTrailStepDto(t.Kind, t.At, t.By, t.ToStatus, t.PlaceCode, t.Note))]);
    }

    public static MailBatchSummaryDto ToDto(this MailBatchSummary b) => new(
        b.Reference, b.Status, b.PlaceCode, b.PlaceName, b.PartyCode, b.ItemCount, b.CreatedAt, b.CreatedBy, b.DispatchedAt, b.DispatchedBy, b.Note, b.Version);

    public static MailBatchDto ToDto(this MailBatchView v) => new(v.Summary.ToDto(),
        [.. v.Items.Select(r => new MailManifestRowDto(r.ItemReference, r.Kind, r.PersonReference, r.Name, r.NameLatin, r.ServiceNumber, r.WeightGrams, r.LineCount, r.Status, r.NeedsRerouting))]);

    public static MailRoutingEntryDto ToDto(this MailRoutingEntry e) => new(e.ItemReference, e.Kind, e.Status, e.Person.ToDto(), e.RoutedPlaceCode, e.CurrentPlaceCode, e.BatchReference);

    public static MailStoppedEntryDto ToDto(this MailStoppedEntry e) => new(e.ItemReference, e.Kind, e.Person.ToDto(), e.EnquiryReference, e.Reason, e.StoppedAt, e.StoppedForSender);
}
