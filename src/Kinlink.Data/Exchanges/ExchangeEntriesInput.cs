namespace Kinlink.Data.Exchanges;

/// <summary>
/// Persons added from the registry to the list of the releasing party: by reference, and/or every person that party holds
/// who is seriously ill or wounded and/or held at a place (code). At least one of the three is given.
/// </summary>
public sealed record ExchangeEntriesInput
{
    public string? Party { get; init; }

    public IReadOnlyList<string>? Persons { get; init; }

    public bool SeriouslyIllOrWounded { get; init; }

    public string? Place { get; init; }

    public int? Version { get; init; }
}
