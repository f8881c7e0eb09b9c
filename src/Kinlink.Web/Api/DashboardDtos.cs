namespace Kinlink.Web.Api;

// The JSON shape of the dashboard (/api/dashboard). A section the caller may not read is null; codes are the API's
// usual status codes; a party of null counts those without one; days to a tenth.
/// <param name="CountedAt">When the figures were counted (UTC): they may be up to Kinlink:Dashboard:MaximumAgeSeconds old.</param>
public sealed record DashboardDto(
    string Today, DateTimeOffset CountedAt, DashboardPersonsDto Persons, DashboardEnquiriesDto? Enquiries, VisitCoverageDto? Visits, DashboardMailDto? Mail, DashboardExchangesDto? Exchanges);

public sealed record PartyCountDto(string? Party, int Count);

public sealed record CodeCountDto(string Code, int Count);

public sealed record DashboardPersonsDto(
    int Total, IReadOnlyList<PartyCountDto> ByDependsOn, IReadOnlyList<PartyCountDto> ByHolder, IReadOnlyList<CodeCountDto> ByStatus, int Places, int OpenPlaces, int Imports);

public sealed record EnquiryMonthDto(string Month, int Opened, int Located, int Closed);

public sealed record DashboardEnquiriesDto(
    IReadOnlyList<CodeCountDto> ByStatus, IReadOnlyList<EnquiryMonthDto> Months, int Answered, double? MedianDaysToFirstAnswer, double? Percentile90DaysToFirstAnswer,
    int AwaitingFirstAnswer);

public sealed record MailStateCountsDto(int OnTheWay, int Delivered, int Undeliverable, int Stopped);

public sealed record DashboardMailDto(MailStateCountsDto Messages, MailStateCountsDto Parcels, IReadOnlyList<MailDelayDto> DeliveryTimes);

public sealed record DashboardExchangesDto(IReadOnlyList<CodeCountDto> ByStatus, IReadOnlyList<PartyCountDto> HandedOver);
