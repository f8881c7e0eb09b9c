using Kinlink.Domain.Exchanges;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// One notification of death with the person's identity from the registry, the party codes, what certificate is attached
/// (never its content) and the packets of effects that belong with it.
/// </summary>
public sealed record DeathNotificationView(
    DeathNotification Notification,
    DeceasedIdentity Person,
    string ReportedBy,
    string TransmittedTo,
    DeathCertificateInfo? Certificate,
    IReadOnlyList<EffectsPacketSummary> Packets);
