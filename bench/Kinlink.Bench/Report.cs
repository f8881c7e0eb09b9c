using System.Globalization;
using System.Text;
using Kinlink.Matching.Evaluation;

namespace Kinlink.Bench;

/// <summary>One run as markdown: what was run, on what, under what load, and the engines side by side.</summary>
public static class Report
{
    public static string Markdown(
        BenchOptions options,
        DateTimeOffset started,
        string loadAtStart,
        LabelledSet set,
        IReadOnlyList<EngineResult> results,
        IReadOnlyList<BatchResult> batches,
        string? databaseNote,
        double peakWorkingSetMegabytes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(batches);
        var text = new StringBuilder();
        var withTruth = results.Count > 0 ? results[0].WithTruth : 0;
        Line(text, $"### Run of {started:yyyy-MM-dd HH:mm} UTC: {set.Registry.Count:N0} records, seed {options.Seed}");
        Line(text, $"");
        Line(text, $"- Command: `dotnet run -c Release --project bench/Kinlink.Bench -- compare --size {options.Size} --queries {options.Queries} --warm-up {options.WarmUp} --batch {options.Batch} --baseline-batch {options.BaselineBatch} --threads {options.Threads} --seed {options.Seed}{(options.Sqlite is null ? "" : " --sqlite " + options.Sqlite)}{(options.Postgres is null ? "" : " --postgres '" + PostgresWithoutPassword(options.Postgres) + "'")}`");
        Line(text, $"- Machine: {MachineState.Describe()}");
        Line(text, $"- Load average (1, 5, 15 min) at the start: {loadAtStart}; peak working set of the run: {peakWorkingSetMegabytes:N0} MB");
        Line(text, $"- Enquiries timed: {(results.Count > 0 ? results[0].QueriesTimed : 0):N0} per engine, one at a time on one thread, engines taking turns, after {options.WarmUp:N0} warm-up enquiries; recall over the {withTruth:N0} of them whose person is in the registry");
        Line(text, $"");
        Line(text, $"| engine | p50 ms | p95 ms | p99 ms | mean ms | recall@1 | recall@10 | index build | managed memory | load during timing |");
        Line(text, $"|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var build = r.BuildTime is { } b ? $"{b.TotalSeconds:0.0} s" : "—";
            var memory = r.MemoryMegabytes is { } m ? $"{m:N0} MB" : "—";
            Line(text, $"| {r.Engine} | {r.MedianMs:0.00} | {r.P95Ms:0.00} | {r.P99Ms:0.00} | {r.MeanMs:0.00} | {r.RecallAt1:0.0000} | {r.RecallAt10:0.0000} | {build} | {memory} | {r.LoadAverage} |");
        }

        if (databaseNote is not null)
        {
            Line(text, $"| Kinlink on a database | {databaseNote} | | | | | | | | |");
        }

        var baseline = results.Count > 0 ? results[0] : null;
        if (baseline is not null)
        {
            foreach (var kinlink in results.Skip(1))
            {
                Line(text, $"");
                Line(text, $"{kinlink.Engine} against the Lucene baseline: p50 {Ratio(kinlink.MedianMs, baseline.MedianMs)}, p95 {Ratio(kinlink.P95Ms, baseline.P95Ms)} of Lucene's time; recall@1 {kinlink.RecallAt1:0.0000} against {baseline.RecallAt1:0.0000}, recall@10 {kinlink.RecallAt10:0.0000} against {baseline.RecallAt10:0.0000}.");
            }
        }

        if (batches.Count > 0)
        {
            Line(text, $"");
            Line(text, $"| batch | enquiries × records | threads | index build | matching | total with build | load before → after |");
            Line(text, $"|---|---|---|---|---|---|---|");
            foreach (var b in batches)
            {
                var build = b.BuildTime is { } t ? $"{t.TotalSeconds:0.0} s" : "stored with the persons";
                Line(text, $"| {b.Engine} | {b.Enquiries:N0} × {b.Records:N0} | {b.Threads} | {build} | {b.MatchTime.TotalSeconds:0.0} s | {b.Total.TotalSeconds:0.0} s | {b.LoadAverageBefore} → {b.LoadAverageAfter} |");
            }
        }

        return text.ToString();
    }

    private static string PostgresWithoutPassword(string connectionString) =>
        string.Join(';', connectionString.Split(';').Where(part => !part.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));

    private static string Ratio(double value, double baseline) =>
        baseline > 0 ? (value / baseline).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "n/a";

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
