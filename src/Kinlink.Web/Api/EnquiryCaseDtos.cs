namespace Kinlink.Web.Api;

// The JSON shapes of a case's life: its history of events, contacts with the enquirer. Codes are kebab-case, as in the input.
public sealed record EnquiryEventDto(
    Guid Id, string Kind, DateTimeOffset At, string By, string Reason, string? FromStatus, string? ToStatus, string? PersonReference,
    string? PlaceCode, string? FromConsent, string? ToConsent, string? ConsentObtainedOn, string? ConsentObtainedBy, string? AllowedOnRefusal);

public sealed record EnquiryContactDto(
    Guid Id, string Date, string Channel, string Direction, string Summary, string? Letter, string? LetterLanguage, DateTimeOffset RecordedAt, string RecordedBy);
