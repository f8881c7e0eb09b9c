namespace Kinlink.Data.Registry.Matching;

// Placeholder until the library's selection lands: every candidate, in number order.
internal static class ScoringSelection
{
    public static IReadOnlyList<int> Choose(Dictionary<int, int> sharedKeys) => sharedKeys.Keys.Order().ToList();
}
