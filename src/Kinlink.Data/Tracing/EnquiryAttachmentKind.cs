namespace Kinlink.Data.Tracing;

/// <summary>A photo of the sought person (JPEG or PNG), or a scan of a document (PDF, JPEG or PNG).</summary>
public enum EnquiryAttachmentKind
{
    Photo = 1,
    Document = 2,
}
