using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>
/// One prisoner's mail in one month, against GC III art. 71: letters (Red Cross messages count as letters) and cards sent
/// and received, capture cards apart (never counted), the party's stated limit and whether it is below the convention's
/// minimum of two letters and four cards.
/// </summary>
public sealed record PrisonerMonthQuota(
    string PersonReference,
    string Surname,
    string GivenName,
    string Patronymic,
    string NameLatin,
    string PartyCode,
    string PlaceCode,
    int LettersSent,
    int CardsSent,
    int CaptureCardsSent,
    int LettersReceived,
    int CardsReceived,
    int? LetterLimit,
    int? CardLimit,
    bool LimitBelowMinimum);

/// <summary>The quota report of one month: the prisoners with mail in it, paged.</summary>
public sealed record MailQuotaReport(string Month, string? PartyCode, int MinimumLetters, int MinimumCards, int Total, int Page, int PageSize, IReadOnlyList<PrisonerMonthQuota> Prisoners);

/// <summary>Days from receipt by the intermediary to delivery, for one party or one of its places: median, 90th percentile, how many.</summary>
public sealed record MailDelay(string PartyCode, string? PlaceCode, string? PlaceName, int Delivered, double? MedianDays, double? Percentile90Days);

/// <summary>Delivery times per party and per place.</summary>
public sealed record MailDelayReport(IReadOnlyList<MailDelay> Parties, IReadOnlyList<MailDelay> Places);

/// <summary>
/// Of the items routed to one party's places that reached an end (delivered or undeliverable), how many could not be
/// delivered, the share (0 to 1, null when none ended), and how many for each reason.
/// </summary>
public sealed record MailUndeliverableRate(string PartyCode, int Ended, int Undeliverable, double? Share, IReadOnlyDictionary<UndeliverableReason, int> Reasons);

/// <summary>An item in transit longer than the configured days.</summary>
public sealed record LateMailItem(string Reference, string ItemKind, string PersonReference, string PartyCode, string PlaceCode, string BatchReference, DateTimeOffset DispatchedAt, int DaysInTransit);

/// <summary>The items in transit for too long, with the limit the settings give.</summary>
public sealed record LateMailReport(int DeliveryDueDays, IReadOnlyList<LateMailItem> Items);

/// <summary>A conflict party's stated monthly limit (null: not limited) and whether it is below the art. 71 minimum; none stated yet when <see cref="Since"/> is null.</summary>
public sealed record PartyMailLimitView(
    string PartyCode,
    string PartyName,
    int? LettersPerMonth,
    int? CardsPerMonth,
    DateOnly? Since,
    string Note,
    DateTimeOffset? RecordedAt,
    string RecordedBy,
    bool BelowMinimum);

/// <summary>A party's limit as given: whole numbers or empty (not limited), the date it applies from (YYYY-MM-DD), a note.</summary>
public sealed record PartyMailLimitInput
{
    public int? LettersPerMonth { get; init; }
    public int? CardsPerMonth { get; init; }
    public string? Since { get; init; }
    public string? Note { get; init; }
}
