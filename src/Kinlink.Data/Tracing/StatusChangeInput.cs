namespace Kinlink.Data.Tracing;

/// <summary>A status change as a form or the API gives it: the new status's code, why, and the enquiry's version that was read.</summary>
public sealed record StatusChangeInput
{
    public string? Status { get; init; }
    public string? Reason { get; init; }
    public int? Version { get; init; }
}
