namespace Kinlink.Data.Mail;

/// <summary>How an item ended without delivery (an undeliverable reason code) or a parcel's return, with a note and the version read.</summary>
public sealed record MailOutcomeInput
{
    public string? Reason { get; init; }

    public string? Note { get; init; }

    public int? Version { get; init; }
}
