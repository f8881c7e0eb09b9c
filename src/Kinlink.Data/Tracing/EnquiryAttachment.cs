using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>
/// A photo or a document scan a family gave with its enquiry. The bytes (and the caption) are stored encrypted with the
/// enquiry's key, so erasing the key erases them; the file name, type, size and SHA-256 stay readable for the case's history.
/// </summary>
public sealed class EnquiryAttachment
{
    public Guid Id { get; set; }

    public EnquiryId EnquiryId { get; set; }

    public EnquiryAttachmentKind Kind { get; set; }

    /// <summary>The uploader's file name without folders or characters a file system or a header would choke on, ending in the type's extension.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The type read from the file's first bytes, never the one the uploader declared.</summary>
    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>Of the clear bytes, in lower-case hex: checked on every download, and lets the family's copy be recognised.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Encrypted like the enquiry's contact details; empty when there is none.</summary>
    public string Caption { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>AES-256-GCM with the enquiry's key, bound to this row's id.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>What the encrypted bytes are bound to, so they cannot be copied to another attachment row.</summary>
    internal string Binding => $"attachment:{Id:D}";
}
