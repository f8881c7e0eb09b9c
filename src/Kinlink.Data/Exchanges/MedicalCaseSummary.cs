namespace Kinlink.Data.Exchanges;

/// <summary>A medical repatriation case as a list shows it (never the diagnosis).</summary>
public sealed record MedicalCaseSummary(
    string Reference,
    string Person,
    string FullName,
    string LatinName,
    string Grounds,
    DateOnly ProposedOn,
    string Wish,
    string Decision,
    string Status,
    DateOnly? ExecutionDueBy,
    bool Overdue);
