namespace Kinlink.Data.Mail;

/// <summary>A message's scan with its clear bytes, for a download.</summary>
public sealed record MessageScanFile(string Reference, MessageScanInfo Scan, byte[] Content);
