namespace Kinlink.Data.Mail;

/// <summary>Why a message could not be delivered: the reason code, a note, and the version read.</summary>
public sealed record MessageUndeliverableInput
{
    public string? Reason { get; init; }
    public string? Note { get; init; }
    public int? Version { get; init; }
}
