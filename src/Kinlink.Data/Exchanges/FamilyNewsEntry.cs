using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// One family to tell: an open enquiry, who asked, the person it is about and what happened to them (the timeline
/// event, its date and where it came from), and since when it has waited (from when the event was recorded).
/// </summary>
public sealed record FamilyNewsEntry(
    string EnquiryReference,
    EnquiryStatus EnquiryStatus,
    int EnquiryVersion,
    string EnquirerName,
    ExchangePersonView Person,
    Guid EventId,
    StatusEventKind Outcome,
    string OutcomeDate,
    string Source,
    DateTimeOffset RecordedAt,
    int WaitingDays);
