namespace Kinlink.Data.Exchanges;

/// <summary>A death notification as a list shows it.</summary>
public sealed record DeathNotificationSummary(
    string Reference,
    string Person,
    string FullName,
    string LatinName,
    string DependsOn,
    string DateOfDeath,
    string PlaceOfDeath,
    string Status,
    string TransmittedTo,
    bool CertificateAttached,
    bool OfficialEnquiryRequired);
