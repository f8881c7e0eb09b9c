namespace Kinlink.Data.Exchanges;

/// <summary>
/// A sealed packet of personal effects as received: for whom (registry reference), the death notification it belongs
/// with (optional), why the effects were left (died, repatriated, released, escaped), the seal number, when and from whom
/// it was received (yyyy-mm-dd), and the list of contents. Rows left wholly blank (a form's spare rows) are ignored.
/// </summary>
public sealed record EffectsPacketInput
{
    public string? Person { get; init; }

    public string? DeathNotification { get; init; }

    public string? Reason { get; init; }

    public string? SealNumber { get; init; }

    public string? ReceivedOn { get; init; }

    public string? ReceivedFrom { get; init; }

    public IReadOnlyList<EffectsItemInput>? Items { get; init; }
}
