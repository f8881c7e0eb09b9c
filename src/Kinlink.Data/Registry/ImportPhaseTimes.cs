using System.Diagnostics;

namespace Kinlink.Data.Registry;

/// <summary>Where the time of one import went, phase by phase (a phase met in every batch adds up).</summary>
internal sealed class ImportPhaseTimes
{
    private readonly Dictionary<string, TimeSpan> _times = [];
    private readonly List<string> _order = [];
    private long _lapStarted;

    /// <summary>The phases in the order they first ran, with their total time.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Time)> All => [.. _order.Select(p => (p, _times[p]))];

    public void Start()
    {
        _times.Clear();
        _order.Clear();
        _lapStarted = Stopwatch.GetTimestamp();
    }

    /// <summary>Adds the time since the last lap to <paramref name="phase"/>.</summary>
    public void Lap(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        if (!_times.TryGetValue(phase, out var total))
        {
            _order.Add(phase);
        }

        _times[phase] = total + Stopwatch.GetElapsedTime(_lapStarted, now);
        _lapStarted = now;
    }
}
