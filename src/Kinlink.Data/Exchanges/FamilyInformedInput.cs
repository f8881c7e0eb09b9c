namespace Kinlink.Data.Exchanges;

/// <summary>
/// That the family was told: of which timeline event (its id, as the worklist gives it), how (a contact channel code),
/// what was said, and, for a death, whether to move the case to reported-dead (with the enquiry's version).
/// </summary>
public sealed record FamilyInformedInput
{
    public string? Event { get; init; }

    public string? Channel { get; init; }

    public string? Note { get; init; }

    public bool ReportDead { get; init; }

    public int? Version { get; init; }
}
