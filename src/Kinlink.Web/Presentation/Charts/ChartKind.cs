namespace Kinlink.Web.Presentation.Charts;

/// <summary>How a figure draws its rows: one bar each, bars of stacked series, or a time series of columns.</summary>
public enum ChartKind
{
    Bars = 1,
    Stacked = 2,
    Columns = 3,
}
