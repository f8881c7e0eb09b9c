using Kinlink.Domain.Exchanges;

namespace Kinlink.Data.Exchanges;

/// <summary>One medical repatriation case with the person's identity, when the decision is due to be carried out and whether that day has passed. The diagnosis stays sealed.</summary>
public sealed record MedicalCaseView(MedicalRepatriationCase Case, DeceasedIdentity Person, DateOnly? ExecutionDueBy, bool Overdue);
