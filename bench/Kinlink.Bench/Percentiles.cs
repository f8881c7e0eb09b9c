namespace Kinlink.Bench;

public static class Percentiles
{
    /// <summary>The nearest-rank percentile (the smallest value with at least <paramref name="percent"/> % of values at or below it).</summary>
    public static double Of(IReadOnlyList<double> sortedValues, double percent)
    {
        ArgumentNullException.ThrowIfNull(sortedValues);
        if (sortedValues.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * sortedValues.Count);
        return sortedValues[Math.Clamp(rank - 1, 0, sortedValues.Count - 1)];
    }
}
