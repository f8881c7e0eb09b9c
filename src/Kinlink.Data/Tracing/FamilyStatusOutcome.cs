namespace Kinlink.Data.Tracing;

/// <summary>How a status check on the public page ended. A wrong code and an unknown reference are one outcome, so neither tells which references exist.</summary>
public enum FamilyStatusOutcome
{
    Answered = 1,
    NotFound = 2,
    Locked = 3,
}
