namespace Kinlink.Data.Tracing;

/// <summary>An attachment as listed, without its bytes; <see cref="Caption"/> is null when the enquiry's key was erased.</summary>
public sealed record EnquiryAttachmentSummary(
    Guid Id, string EnquiryReference, EnquiryAttachmentKind Kind, string FileName, string ContentType, long Size, string Sha256, string? Caption,
    DateTimeOffset CreatedAt, string CreatedBy);
