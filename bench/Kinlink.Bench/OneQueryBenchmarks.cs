using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Evaluation;

namespace Kinlink.Bench;

/// <summary>
/// BenchmarkDotNet's view of one query: each call searches the next enquiry of the same cycle in each engine, so
/// both see the same mix of enquiries. Lucene.NET is the baseline. The registry size comes from
/// KINLINK_BENCH_SIZE (default 100,000); building a million-record index in every benchmark process is what the
/// compare run is for.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class OneQueryBenchmarks : IDisposable
{
    private LuceneNameIndex? _lucene;
    private InMemoryMatcher? _matcher;
    private MatchRecord[] _enquiries = [];
    private int _nextLucene;
    private int _nextKinlink;

    /// <summary>
    /// BenchmarkDotNet's short run, in this process: a generated benchmark project would inherit the repository's
    /// build rules (warnings as errors) and rebuild everything, for no better numbers on a shared machine. In process,
    /// BenchmarkDotNet stops a benchmark after five minutes by default; a loaded machine needs longer.
    /// </summary>
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
    }

    [GlobalSetup]
    public void Setup()
    {
        var size = int.TryParse(Environment.GetEnvironmentVariable("KINLINK_BENCH_SIZE"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 100_000;
        var set = new CrossScriptGenerator(20_261_127).Generate(size, 1_000);
        _enquiries = [.. set.Queries];
        _lucene = new LuceneNameIndex(set.Registry);
        _matcher = new InMemoryMatcher(set.Registry);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _lucene?.Dispose();
        _lucene = null;
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "Lucene.NET fuzzy query")]
    public int Lucene() => _lucene!.Search(_enquiries[_nextLucene++ % _enquiries.Length], LatencyRun.Top).Count;

    [Benchmark(Description = "Kinlink InMemoryMatcher.Find")]
    public int Kinlink() => _matcher!.Find(_enquiries[_nextKinlink++ % _enquiries.Length], LatencyRun.Top).Count;
}
