namespace Kinlink.Data.Visits;

/// <summary>One person named on a request: a registry reference (KL-…) or id, and why (a reason code; named when empty).</summary>
public sealed record VisitRequestPersonInput
{
    public string? PersonId { get; init; }
    public string? Reason { get; init; }
}
