using Kinlink.Data.Visits;

namespace Kinlink.Data.Reports;

/// <summary>
/// What the intermediary raises in its confidential dialogue with one party, as of <see cref="AsOf"/>, over every record
/// to that day: the persons it holds, notifications passed to it and still unacknowledged, visit requests and coverage,
/// mail delivery, deaths it notified, exchanges and repatriations, and the proceedings it has pending.
/// </summary>
public sealed record PartySummary(
    string PartyCode,
    string PartyName,
    DateOnly AsOf,
    IReadOnlyList<PartyHeldCount> Held,
    int NotificationsPassed,
    int NotificationsUnacknowledged,
    int VisitRequestsAsked,
    int VisitRequestsAnswered,
    int VisitRequestsRefused,
    PartyCoverage? Coverage,
    int MailDelivered,
    double? MailMedianDeliveryDays,
    int MailEnded,
    int MailUndeliverable,
    double? MailUndeliverableShare,
    int DeathsNotified,
    int ExchangesPreparing,
    int ExchangesExecuted,
    int MedicalRepatriations,
    IReadOnlyList<PartyPendingProceeding> PendingProceedings)
{
    public int HeldTotal => Held.Sum(h => h.Count);
}
