namespace Kinlink.Data.Exchanges;

/// <summary>
/// An exchange as agreed, as a form or a request gives it: the two parties by code, the terms (all-for-all, n-for-n,
/// categories), the number per side, the categories in words, the planned date (YYYY-MM-DD) and the place. The version
/// is required when the terms of an existing exchange are changed.
/// </summary>
public sealed record ExchangeInput
{
    public string? PartyA { get; init; }

    public string? PartyB { get; init; }

    public string? Terms { get; init; }

    public int? CountPerSide { get; init; }

    public string? Categories { get; init; }

    public string? TermsNote { get; init; }

    public string? PlannedDate { get; init; }

    public string? Place { get; init; }

    public int? Version { get; init; }
}
