namespace Kinlink.Data.Exchanges;

/// <summary>One entry at the handover: handed over, or not with a reason code and a note.</summary>
public sealed record ExchangeHandoverInput
{
    public Guid? Entry { get; init; }

    public bool HandedOver { get; init; }

    public string? Reason { get; init; }

    public string? Note { get; init; }
}
