namespace Kinlink.Bench;

/// <summary>Many enquiries matched at once on a fixed number of threads; the wall time with and without building the index.</summary>
public sealed record BatchResult(string Engine, int Enquiries, int Records, int Threads, TimeSpan BuildTime, TimeSpan MatchTime, string LoadAverageBefore, string LoadAverageAfter)
{
    public TimeSpan Total => BuildTime + MatchTime;
}
