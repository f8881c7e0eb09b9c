namespace Kinlink.Matching.Scoring;

/// <summary>One line of a candidate's explanation: a field, its level, the weight it added and why.</summary>
/// <param name="Weight">Evidence in bits (log2 of m/u): positive for, negative against, zero when missing.</param>
public sealed record FieldExplanation(MatchField Field, string Level, AgreementKind Kind, double Weight, string Text);
