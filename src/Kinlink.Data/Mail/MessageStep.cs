using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>One step on a message's trail, with the place's code instead of its id.</summary>
public sealed record MessageStep(MailEventKind Kind, DateTimeOffset At, string By, MailStatus ToStatus, string? PlaceCode, string Note);
