namespace Kinlink.Data.Tracing;

/// <summary>The person asking. Relation: mother, father, wife, husband, partner, son, daughter, brother, sister, other-relative, other; language uk, ru or en.</summary>
public sealed record EnquirerInput
{
    public string? FullName { get; init; }
    public string? Relation { get; init; }
    public string? RelationOther { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? PostalAddress { get; init; }
    public string? Language { get; init; }
}
