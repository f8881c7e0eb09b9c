namespace Kinlink.Data.Mail;

/// <summary>A delivery: the channel code, the visit (VIS-…) for a delegate's delivery, a note, and the version read.</summary>
public sealed record MessageDeliveryInput
{
    public string? Channel { get; init; }
    public string? Visit { get; init; }
    public string? Note { get; init; }
    public int? Version { get; init; }
}
