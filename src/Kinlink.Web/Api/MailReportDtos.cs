namespace Kinlink.Web.Api;

// The JSON shapes of the mail figures (/api/mail/reports, /api/mail/limits). Shares are from 0 to 1; days to one decimal.
public sealed record PrisonerMonthQuotaDto(
    string Person, string Surname, string GivenName, string Patronymic, string NameLatin, string Party, string Place,
    int LettersSent, int CardsSent, int CaptureCardsSent, int LettersReceived, int CardsReceived, int? LetterLimit, int? CardLimit, bool LimitBelowMinimum);

public sealed record MailQuotaReportDto(string Month, string? Party, int MinimumLetters, int MinimumCards, int Total, int Page, int PageSize, IReadOnlyList<PrisonerMonthQuotaDto> Prisoners);

public sealed record MailDelayDto(string Party, string? Place, string? PlaceName, int Delivered, double? MedianDays, double? Percentile90Days);

public sealed record MailDelayReportDto(IReadOnlyList<MailDelayDto> Parties, IReadOnlyList<MailDelayDto> Places);

public sealed record MailUndeliverableRateDto(string Party, int Ended, int Undeliverable, double? Share, IReadOnlyDictionary<string, int> Reasons);

public sealed record LateMailItemDto(string Reference, string Item, string Person, string Party, string Place, string Batch, DateTimeOffset DispatchedAt, int DaysInTransit);

public sealed record LateMailReportDto(int DeliveryDueDays, IReadOnlyList<LateMailItemDto> Items);

public sealed record PartyMailLimitDto(
    string Party, string PartyName, int? LettersPerMonth, int? CardsPerMonth, string? Since, string Note, DateTimeOffset? RecordedAt, string RecordedBy, bool BelowMinimum,
    int MinimumLetters, int MinimumCards);
