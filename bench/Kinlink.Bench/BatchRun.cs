using System.Diagnostics;
using Kinlink.Matching.Engine;

namespace Kinlink.Bench;

/// <summary>A batch of enquiries through one engine with a fixed number of threads (the target is 2 cores).</summary>
public static class BatchRun
{
    public static async Task<BatchResult> MeasureAsync(ISearchEngine engine, int records, TimeSpan? buildTime, IReadOnlyList<MatchRecord> enquiries, int threads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(enquiries);
        var loadBefore = MachineState.LoadAverage();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            enquiries,
            new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
            async (enquiry, token) => await engine.SearchAsync(enquiry, LatencyRun.Top, token));
        watch.Stop();
        return new BatchResult(engine.Name, enquiries.Count, records, threads, buildTime, watch.Elapsed, loadBefore, MachineState.LoadAverage());
    }
}
