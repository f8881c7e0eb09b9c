namespace Kinlink.Bench;

/// <summary>
/// Many enquiries matched at once on a fixed number of threads; the wall time with and without building the index.
/// <paramref name="BuildTime"/> is null for the database, whose keys are stored with the persons when they are saved.
/// </summary>
public sealed record BatchResult(string Engine, int Enquiries, int Records, int Threads, TimeSpan? BuildTime, TimeSpan MatchTime, string LoadAverageBefore, string LoadAverageAfter)
{
    public TimeSpan Total => (BuildTime ?? TimeSpan.Zero) + MatchTime;
}
