namespace Kinlink.Data.Mail;

/// <summary>What a message's stored scan is, without its content.</summary>
public sealed record MessageScanInfo(string FileName, string ContentType, long Size, string Sha256, DateTimeOffset CreatedAt, string CreatedBy);
