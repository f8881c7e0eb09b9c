namespace Kinlink.Data.Tracing;

/// <summary>"24 years old in 2024-03": an age and the (partial) date it was true on.</summary>
public sealed record ApproximateAgeInput
{
    public int? Years { get; init; }
    public string? AsOf { get; init; }
}
