namespace Kinlink.Data.Exchanges;

/// <summary>A change to one entry of an exchange; every change carries the exchange's version, since the balance depends on every entry.</summary>
public sealed record ExchangeEntryChange
{
    /// <summary>resolve: the registry person chosen (reference or id).</summary>
    public string? Person { get; init; }

    /// <summary>interview: yes, no or undecided.</summary>
    public string? Wish { get; init; }

    /// <summary>interview: the interview was held in private (required).</summary>
    public bool HeldInPrivate { get; init; }

    /// <summary>interview: what the prisoner said, sealed.</summary>
    public string? Note { get; init; }

    /// <summary>medical: a medical category code.</summary>
    public string? Category { get; init; }

    /// <summary>blocking: what stands in the way; empty clears it.</summary>
    public string? Issue { get; init; }

    public int? Version { get; init; }
}
