namespace Kinlink.Data.Exchanges;

/// <summary>One line of a packet's list of contents: what, how many, and a sum of money or value with its currency (ISO 4217) where there is one.</summary>
public sealed record EffectsItemInput
{
    public string? Description { get; init; }

    public int? Quantity { get; init; }

    public decimal? Amount { get; init; }

    public string? Currency { get; init; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && Quantity is null && Amount is null && string.IsNullOrWhiteSpace(Currency);
}
