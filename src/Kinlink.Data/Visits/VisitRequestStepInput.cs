namespace Kinlink.Data.Visits;

/// <summary>
/// The intermediary's next step on a request: the <see cref="Version"/> read (always), new proposed dates and a note
/// (asking again), or the reason (withdrawing). Accepting the party's date needs only the version.
/// </summary>
public sealed record VisitRequestStepInput
{
    public int? Version { get; init; }
    public string? ProposedFrom { get; init; }
    public string? ProposedTo { get; init; }
    public string? Note { get; init; }
    public string? Reason { get; init; }
}
