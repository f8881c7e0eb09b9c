using Kinlink.Matching.Engine;

namespace Kinlink.Bench;

/// <summary>Kinlink's matcher in memory: keys, scores, buckets and explanations for the top candidates, as the file mode runs it.</summary>
public sealed class InMemoryEngine(InMemoryMatcher matcher) : ISearchEngine
{
    public string Name => "Kinlink in memory";

    public ValueTask<IReadOnlyList<string>> SearchAsync(MatchRecord enquiry, int top, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<string>>(matcher.Find(enquiry, top).Select(c => c.RecordId).ToList());
}
