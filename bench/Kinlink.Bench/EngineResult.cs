namespace Kinlink.Bench;

/// <summary>One engine's line in the table: latency per query (single thread), recall on the enquiries with a true record, build cost.</summary>
public sealed record EngineResult(
    string Engine,
    int QueriesTimed,
    double MedianMs,
    double P95Ms,
    double P99Ms,
    double MeanMs,
    int WithTruth,
    double RecallAt1,
    double RecallAt10,
    TimeSpan? BuildTime,
    double? MemoryMegabytes,
    string LoadAverage);
