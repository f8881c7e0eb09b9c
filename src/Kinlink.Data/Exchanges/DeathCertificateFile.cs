namespace Kinlink.Data.Exchanges;

/// <summary>A death certificate opened for download: what it is and its clear bytes, checked against the SHA-256 stored.</summary>
public sealed record DeathCertificateFile(string Reference, DeathCertificateInfo Certificate, byte[] Content);
