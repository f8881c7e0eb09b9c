namespace Kinlink.Data.Visits;

/// <summary>A follow-up moved on: the new state (<c>open</c>, <c>in-progress</c>, <c>done</c>, <c>cancelled</c>) with a note.</summary>
public sealed record VisitFollowUpStateInput
{
    public string? State { get; init; }
    public string? Note { get; init; }
    public int? Version { get; init; }
}
