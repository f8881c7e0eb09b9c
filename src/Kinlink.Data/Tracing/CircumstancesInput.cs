namespace Kinlink.Data.Tracing;

/// <summary>When and where the family last had news of the sought person, and how that news came.</summary>
public sealed record CircumstancesInput
{
    public string? LastNewsDate { get; init; }
    public string? LastNewsPlace { get; init; }
    public string? HowNewsCame { get; init; }
}
