namespace Kinlink.Data.Registry.Matching;

/// <summary>The answer to a name search: candidates best first, and how they were scored.</summary>
/// <param name="Prior">The prior line of every explanation ("one record among N...").</param>
/// <param name="CandidatesScored">How many persons the keys let through and were scored.</param>
/// <param name="RecordCount">The persons in the registry, as the prior counts them; null for a party account, which may see only part of it.</param>
/// <param name="PriorWeight">The prior in bits.</param>
public sealed record PersonMatchResult(IReadOnlyList<PersonMatch> Items, string ModelVersion, string Prior, int CandidatesScored, int? RecordCount, double PriorWeight);
