using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>
/// The answer to a family's status check: with <see cref="FamilyStatusOutcome.Answered"/>, the reference, what may be told
/// (<see cref="Disclosure"/>) and the sought person's name as the family wrote it; with <see cref="FamilyStatusOutcome.Locked"/>,
/// how long until checks for that reference are taken again.
/// </summary>
public sealed record FamilyStatusCheck(FamilyStatusOutcome Outcome, string? Reference, FamilyDisclosure? Disclosure, string? SoughtName, TimeSpan? RetryAfter)
{
    public static FamilyStatusCheck NotFound { get; } = new(FamilyStatusOutcome.NotFound, null, null, null, null);
}
