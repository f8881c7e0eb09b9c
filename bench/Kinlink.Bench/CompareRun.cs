using System.Diagnostics;
using System.Globalization;
using Kinlink.Data.Configuration;
using Kinlink.Data.Registry.Matching;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Evaluation;

namespace Kinlink.Bench;

/// <summary>
/// The side-by-side run: one generated registry and one set of enquiries with truth, indexed by Lucene.NET (the
/// baseline) and by Kinlink's matcher in the same process, then timed query by query and in a parallel batch.
/// </summary>
public static class CompareRun
{
    public static async Task<string> RunAsync(BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var started = DateTimeOffset.UtcNow;
        var loadAtStart = MachineState.LoadAverage();
        log.WriteLine($"{started:u} load {loadAtStart}; generating {options.Size:N0} records and {Math.Max(options.Queries + options.WarmUp, Math.Max(options.Batch, options.BaselineBatch)):N0} enquiries (seed {options.Seed})");
        var watch = Stopwatch.StartNew();
        var set = new CrossScriptGenerator(options.Seed).Generate(options.Size, Math.Max(options.Queries + options.WarmUp, Math.Max(options.Batch, options.BaselineBatch)));
        log.WriteLine($"  generated in {watch.Elapsed.TotalSeconds:0.0} s");

        var heapBefore = MachineState.ManagedHeapMegabytes();
        watch.Restart();
        using var lucene = new LuceneNameIndex(set.Registry);
        var luceneBuild = watch.Elapsed;
        var luceneMemory = MachineState.ManagedHeapMegabytes() - heapBefore;
        log.WriteLine($"  Lucene index built in {luceneBuild.TotalSeconds:0.0} s, {luceneMemory:N0} MB managed ({lucene.SizeInBytes / 1024.0 / 1024:N0} MB of index files); load {MachineState.LoadAverage()}");

        heapBefore = MachineState.ManagedHeapMegabytes();
        watch.Restart();
        var matcher = new InMemoryMatcher(set.Registry);
        var kinlinkBuild = watch.Elapsed;
        var kinlinkMemory = MachineState.ManagedHeapMegabytes() - heapBefore;
        var (keys, largestSlice, meanSlice) = matcher.IndexStatistics();
        log.WriteLine($"  Kinlink matcher built in {kinlinkBuild.TotalSeconds:0.0} s, {kinlinkMemory:N0} MB managed, {keys:N0} keys (largest slice {largestSlice:N0}, mean {meanSlice:0.0}); load {MachineState.LoadAverage()}");

        var engines = new List<ISearchEngine> { new LuceneEngine(lucene), new InMemoryEngine(matcher) };
        // Kinlink on each seeded database twice: as the command line searches (the stored keys and forms, read per
        // search) and as a server searches once its resident index is loaded (the same rows, held in memory).
        var databases = new List<DatabaseEngines>();
        using var stored = new ResidentMatchIndex(() => throw new InvalidOperationException("Never loaded: this engine reads the stored keys."));
        var databaseNote = options.Sqlite is null && options.Postgres is null ? "not measured: no --sqlite or --postgres database given" : null;
        foreach (var (label, settings) in DatabasesOf(options))
        {
            databases.Add(await DatabaseEngines.OpenAsync(label, settings, stored, options.Size, log, cancellationToken));
        }

        engines.AddRange(databases.SelectMany(d => new ISearchEngine[] { d.Stored, d.Server }));
        try
        {
            var timed = set.Queries.Skip(options.WarmUp).Take(options.Queries).ToList();
            var warmUp = set.Queries.Take(options.WarmUp).ToList();
            log.WriteLine($"  timing {timed.Count:N0} enquiries per engine, one at a time, after {warmUp.Count:N0} warm-up enquiries; load {MachineState.LoadAverage()}");
            var results = await LatencyRun.MeasureAsync(engines, warmUp, timed, set.Truth, cancellationToken);
            results = results.Select(r => r.Engine == engines[0].Name
                ? r with { BuildTime = luceneBuild, MemoryMegabytes = luceneMemory }
                : r.Engine == engines[1].Name ? r with { BuildTime = kinlinkBuild, MemoryMegabytes = kinlinkMemory }
                : databases.FirstOrDefault(d => d.Server.Name == r.Engine) is { } d ? r with { BuildTime = d.ResidentLoad, MemoryMegabytes = d.ResidentMemoryMegabytes } : r).ToList();

            var batches = new List<BatchResult>();
            if (options.BaselineBatch > 0)
            {
                var batch = set.Queries.Take(options.BaselineBatch).ToList();
                log.WriteLine($"  Lucene batch of {batch.Count:N0} enquiries on {options.Threads} threads; load {MachineState.LoadAverage()}");
                batches.Add(await BatchRun.MeasureAsync(engines[0], set.Registry.Count, luceneBuild, batch, options.Threads, cancellationToken));
            }

            if (options.Batch > 0)
            {
                var batch = set.Queries.Take(options.Batch).ToList();
                log.WriteLine($"  Kinlink batch of {batch.Count:N0} enquiries on {options.Threads} threads; load {MachineState.LoadAverage()}");
                batches.Add(await BatchRun.MeasureAsync(engines[1], set.Registry.Count, kinlinkBuild, batch, options.Threads, cancellationToken));
                foreach (var database in databases)
                {
                    log.WriteLine($"  {database.Stored.Name} batch of {batch.Count:N0} enquiries on {options.Threads} threads; load {MachineState.LoadAverage()}");
                    batches.Add(await BatchRun.MeasureAsync(database.Stored, database.Stored.Persons, null, batch, options.Threads, cancellationToken));
                    log.WriteLine($"  {database.Server.Name} batch of {batch.Count:N0} enquiries on {options.Threads} threads; load {MachineState.LoadAverage()}");
                    batches.Add(await BatchRun.MeasureAsync(database.Server, database.Server.Persons, database.ResidentLoad, batch, options.Threads, cancellationToken));
                }
            }

            return Report.Markdown(options, started, loadAtStart, set, results, batches, databaseNote, MachineState.PeakWorkingSetMegabytes());
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }

    private static IEnumerable<(string Label, DatabaseSettings Settings)> DatabasesOf(BenchOptions options)
    {
        if (options.Sqlite is not null)
        {
            yield return ("SQLite", DatabaseEngine.SettingsFor(options.Sqlite));
        }

        if (options.Postgres is not null)
        {
            yield return ("PostgreSQL", DatabaseEngine.SettingsForPostgres(options.Postgres));
        }
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
