using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>
/// The answer to a family's status check: with <see cref="FamilyStatusOutcome.Answered"/>, the reference, what may be told
/// (<see cref="Answer"/>, decided by <see cref="FamilyDisclosure"/>) and the sought person's name as the family wrote it; with <see cref="FamilyStatusOutcome.Locked"/>,
/// how long until checks for that reference are taken again.
/// </summary>
public sealed record FamilyStatusCheck(FamilyStatusOutcome Outcome, string? Reference, FamilyAnswer? Answer, string? SoughtName, TimeSpan? RetryAfter)
{
    public static FamilyStatusCheck NotFound { get; } = new(FamilyStatusOutcome.NotFound, null, null, null, null);
}
