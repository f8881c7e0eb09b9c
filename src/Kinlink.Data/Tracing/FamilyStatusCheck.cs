using Kinlink.Data.Mail;
using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>
/// The answer to a family's status check: with <see cref="FamilyStatusOutcome.Answered"/>, the reference, what may be told
/// (<see cref="Answer"/>, decided by <see cref="FamilyDisclosure"/>) and the sought person's name as the family wrote it; with <see cref="FamilyStatusOutcome.Locked"/>,
/// how long until checks for that reference are taken again.
/// </summary>
public sealed record FamilyStatusCheck(FamilyStatusOutcome Outcome, string? Reference, FamilyAnswer? Answer, string? SoughtName, TimeSpan? RetryAfter)
{
    /// <summary>The case's messages for the family, when answered.</summary>
    public FamilyMail Mail { get; init; } = FamilyMail.None;

    /// <summary>The reference of the message the family just handed in online.</summary>
    public string? HandedIn { get; init; }

    public static FamilyStatusCheck NotFound { get; } = new(FamilyStatusOutcome.NotFound, null, null, null, null);
}
