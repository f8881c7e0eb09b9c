using System.Diagnostics;
using Kinlink.Matching.Engine;

namespace Kinlink.Bench;

/// <summary>
/// Times every engine on the same enquiries, one query at a time on one thread, after a warm-up. The engines take
/// turns query by query (the order rotating), so a burst of load from other jobs on a shared machine falls on all
/// of them alike and the ratios between them hold even when the absolute times do not.
/// </summary>
public static class LatencyRun
{
    public const int Top = 10;

    public static async Task<IReadOnlyList<EngineResult>> MeasureAsync(
        IReadOnlyList<ISearchEngine> engines,
        IReadOnlyList<MatchRecord> warmUp,
        IReadOnlyList<MatchRecord> enquiries,
        IReadOnlyDictionary<string, string?> truth,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(warmUp);
        ArgumentNullException.ThrowIfNull(enquiries);
        ArgumentNullException.ThrowIfNull(truth);
        foreach (var enquiry in warmUp)
        {
            foreach (var engine in engines)
            {
                await engine.SearchAsync(enquiry, Top, cancellationToken);
            }
        }

        var timings = engines.Select(_ => new List<double>(enquiries.Count)).ToArray();
        var at1 = new int[engines.Count];
        var at10 = new int[engines.Count];
        var withTruth = 0;
        var loadBefore = MachineState.LoadAverage();
        for (var i = 0; i < enquiries.Count; i++)
        {
            var enquiry = enquiries[i];
            var expected = truth.GetValueOrDefault(enquiry.Id);
            withTruth += expected is null ? 0 : 1;
            for (var turn = 0; turn < engines.Count; turn++)
            {
                var e = (i + turn) % engines.Count;
                var watch = Stopwatch.StartNew();
                var found = await engines[e].SearchAsync(enquiry, Top, cancellationToken);
                watch.Stop();
                timings[e].Add(watch.Elapsed.TotalMilliseconds);
                if (expected is null)
                {
                    continue;
                }

                var rank = IndexOf(found, expected) + 1;
                at1[e] += rank == 1 ? 1 : 0;
                at10[e] += rank is >= 1 and <= Top ? 1 : 0;
            }
        }

        var load = $"{loadBefore} → {MachineState.LoadAverage()}";
        return engines.Select((engine, e) =>
        {
            var sorted = timings[e].Order().ToList();
            return new EngineResult(
                engine.Name,
                sorted.Count,
                Percentiles.Of(sorted, 50),
                Percentiles.Of(sorted, 95),
                Percentiles.Of(sorted, 99),
                sorted.Average(),
                withTruth,
                withTruth == 0 ? 0 : (double)at1[e] / withTruth,
                withTruth == 0 ? 0 : (double)at10[e] / withTruth,
                null,
                null,
                load);
        }).ToList();
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
