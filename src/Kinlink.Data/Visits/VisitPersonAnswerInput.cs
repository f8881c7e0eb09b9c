namespace Kinlink.Data.Visits;

/// <summary>The party's answer about one person: a registry reference or id, an answer code, and the reason (required for a refusal).</summary>
public sealed record VisitPersonAnswerInput
{
    public string? PersonId { get; init; }
    public string? Answer { get; init; }
    public string? Reason { get; init; }
}
