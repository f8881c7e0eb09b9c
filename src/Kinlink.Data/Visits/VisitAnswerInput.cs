namespace Kinlink.Data.Visits;

/// <summary>
/// The detaining party's answer as a form or an API body gives it. <see cref="Outcome"/>: accepted, partly-accepted,
/// refused or other-date-proposed; <see cref="VisitAt"/> (accepted, partly accepted) and <see cref="ProposedAt"/>
/// (another date) are ISO 8601 date-times, read as UTC without an offset; <see cref="Version"/> the request's version read.
/// </summary>
public sealed record VisitAnswerInput
{
    public string? Outcome { get; init; }
    public string? VisitAt { get; init; }
    public string? ProposedAt { get; init; }
    public string? Reason { get; init; }
    public int? Version { get; init; }
    public IReadOnlyList<VisitPersonAnswerInput>? Persons { get; init; }
}
