namespace Kinlink.Data.Visits;

/// <summary>
/// What delegates learnt in confidence: the visit's findings and recommendations, and per person a note from the
/// interview. Empty text removes a finding or a note; a note not named is left as it is.
/// </summary>
public sealed record VisitFindingsInput
{
    public string? Findings { get; init; }
    public string? Recommendations { get; init; }
    public IReadOnlyList<VisitNoteInput>? Notes { get; init; }
    public int? Version { get; init; }
}
