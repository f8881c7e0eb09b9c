using Kinlink.Matching.Engine;

namespace Kinlink.Bench;

public sealed class LuceneEngine(LuceneNameIndex index) : ISearchEngine
{
    public string Name => "Lucene.NET fuzzy (baseline)";

    public ValueTask<IReadOnlyList<string>> SearchAsync(MatchRecord enquiry, int top, CancellationToken cancellationToken) =>
        ValueTask.FromResult(index.Search(enquiry, top));
}
