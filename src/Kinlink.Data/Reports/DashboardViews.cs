using Kinlink.Data.Mail;
using Kinlink.Data.Registry;
using Kinlink.Data.Visits;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Reports;

/// <summary>The parts of the dashboard, each summarising one page; the caller asks for those the viewer may read.</summary>
[Flags]
public enum DashboardSections
{
    None = 0,
    Persons = 1,
    Enquiries = 2,
    Visits = 4,
    Mail = 8,
    Exchanges = 16,
}

/// <summary>Every figure of the dashboard, as counted at <paramref name="CountedAt"/> (the day of which is <paramref name="Today"/>); a section the viewer may not read is null.</summary>
public sealed record Dashboard(
    DateOnly Today,
    DateTimeOffset CountedAt,
    DashboardPersons Persons,
    DashboardEnquiries? Enquiries,
    VisitCoverageReport? Visits,
    DashboardMail? Mail,
    DashboardExchanges? Exchanges);

/// <summary>A count under a party's code; a code of null counts those without one (party not recorded, not held at a known place).</summary>
public sealed record PartyCount(string? PartyCode, string? PartyName, int Count);

/// <summary>
/// The persons the viewer may see: per party they depend on, per party holding them now, per status, with the registry's
/// places and imported lists (the counts the home page always showed).
/// </summary>
public sealed record DashboardPersons(
    int Total,
    IReadOnlyList<PartyCount> ByDependsOn,
    IReadOnlyList<PartyCount> ByHolder,
    IReadOnlyList<(Domain.Registry.PersonStatus Status, int Count)> ByStatus,
    int Places,
    int OpenPlaces,
    int Imports);

/// <summary>In one calendar month (UTC, "YYYY-MM"): enquiries taken down, located, and closed (reported dead, closed without result, withdrawn).</summary>
public sealed record EnquiryMonth(string Month, int Opened, int Located, int Closed);

/// <summary>
/// The enquiries: how many stand in each status now, the last twelve months' flow, and the days from an enquiry being taken
/// down to its first answer (the first status change to located, reported dead or closed without result): how many had
/// one, their median and 90th percentile (to a tenth of a day), and how many of those still open have none yet.
/// </summary>
public sealed record DashboardEnquiries(
    IReadOnlyList<(EnquiryStatus Status, int Count)> ByStatus,
    IReadOnlyList<EnquiryMonth> Months,
    int Answered,
    double? MedianDaysToFirstAnswer,
    double? Percentile90DaysToFirstAnswer,
    int AwaitingFirstAnswer);

/// <summary>Messages or parcels by where they stand: on the way (taken in, cleared, in transit), delivered, undeliverable, stopped (withheld, refused, returned).</summary>
public sealed record MailStateCounts(int OnTheWay, int Delivered, int Undeliverable, int Stopped);

/// <summary>Messages and parcels by state, and the days from receipt to delivery (shown per detaining party).</summary>
public sealed record DashboardMail(MailStateCounts Messages, MailStateCounts Parcels, MailDelayReport Delivery)
{
    public IReadOnlyList<MailDelay> DeliveryTimes => Delivery.Parties;
}

/// <summary>Exchanges by status, and the persons handed over in executed exchanges per releasing party.</summary>
public sealed record DashboardExchanges(IReadOnlyList<(ExchangeStatus Status, int Count)> ByStatus, IReadOnlyList<PartyCount> HandedOverByReleasingParty);
