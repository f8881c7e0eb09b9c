using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>
/// The scan of a message's paper form (a Red Cross message, a capture card). The bytes are sealed like the text; the file
/// name, type, size and SHA-256 stay readable so the message's page can say what is there without opening it.
/// </summary>
public sealed class MessageScan
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public MessageId MessageId { get; set; }

    /// <summary>The uploader's file name without folders or characters a file system or a header would choke on.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The type read from the file's first bytes, never the one the uploader declared.</summary>
    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>Of the clear bytes, in lower-case hex: checked on every download.</summary>
    public string Sha256 { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>AES-256-GCM, bound to the message (<see cref="MailSealing.Scan"/>).</summary>
    public byte[] Content { get; set; } = [];
}
