using Kinlink.Matching.Engine;

namespace Kinlink.Matching.Evaluation;

/// <summary>A registry, enquiries against it and the truth: for each enquiry id, the id of its person's record, or null when the person is not in the registry.</summary>
public sealed record LabelledSet(IReadOnlyList<MatchRecord> Registry, IReadOnlyList<MatchRecord> Queries, IReadOnlyDictionary<string, string?> Truth);
