using Kinlink.Matching.Engine;

namespace Kinlink.Bench;

/// <summary>One way of searching the registry, as the comparison sees it: an enquiry in, record ids out, best first.</summary>
public interface ISearchEngine
{
    string Name { get; }

    ValueTask<IReadOnlyList<string>> SearchAsync(MatchRecord enquiry, int top, CancellationToken cancellationToken);
}
