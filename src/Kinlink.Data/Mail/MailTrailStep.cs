using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>One step of an item's trail, with the place (code) it was routed to after the step.</summary>
public sealed record MailTrailStep(MailEventKind Kind, DateTimeOffset At, string By, MailStatus ToStatus, string? PlaceCode, string Note);
