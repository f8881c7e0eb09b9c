namespace Kinlink.Data.Tracing;

/// <summary>An attachment's clear bytes, for a download.</summary>
public sealed record EnquiryAttachmentFile(EnquiryAttachmentSummary Attachment, byte[] Content);
