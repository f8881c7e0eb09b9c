namespace Kinlink.Data.Exchanges;

/// <summary>What the attached death certificate is, without its content.</summary>
public sealed record DeathCertificateInfo(string FileName, string ContentType, long Size, string Sha256, DateTimeOffset CreatedAt, string CreatedBy)
{
    public static DeathCertificateInfo Of(DeathCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new(certificate.FileName, certificate.ContentType, certificate.Size, certificate.Sha256, certificate.CreatedAt, certificate.CreatedBy);
    }
}
