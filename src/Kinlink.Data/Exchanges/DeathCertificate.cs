using Kinlink.Domain.Exchanges;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// The death certificate attached to a notification of death (the Annex IV D form as signed, or a certified list). The
/// bytes are sealed; the file name, type, size and SHA-256 stay readable so the notification's page can say what is
/// there without opening it. Checked uploads go through <see cref="Files.UploadedFile"/>.
/// </summary>
public sealed class DeathCertificate
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public DeathNotificationId DeathNotificationId { get; set; }

    public string FileName { get; set; } = "";

    /// <summary>The type read from the file's first bytes, never the one the uploader declared.</summary>
    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>Of the clear bytes, in lower-case hex: checked on every download.</summary>
    public string Sha256 { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>AES-256-GCM, bound to the notification (<see cref="ExchangeSeals.SealCertificate"/>).</summary>
    public byte[] Content { get; set; } = [];
}
