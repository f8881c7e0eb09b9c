using Microsoft.AspNetCore.Html;

namespace Kinlink.Web.Presentation.Charts;

/// <summary>
/// A chart and the table of its numbers, drawn from the same rows so the two cannot disagree (Shared/_ChartFigure).
/// <paramref name="Series"/> names the table's value columns: one for plain bars, one per segment or column otherwise.
/// </summary>
public sealed record ChartFigure(string Id, string Title, string RowHeader, IReadOnlyList<string> Series, IReadOnlyList<ChartRow> Rows, ChartKind Kind, Func<double, string> Format)
{
    /// <summary>Counts in the reader's culture.</summary>
    public static string Count(double value) => DisplayFormat.Count((int)Math.Round(value));

    public bool ShowsTotal => Kind == ChartKind.Stacked;

    public IHtmlContent Svg() => Kind switch
    {
        ChartKind.Bars => SvgChart.HorizontalBars(Id, Title, Rows, Format),
        ChartKind.Stacked => SvgChart.StackedBars(Id, Title, Series, Rows, Format),
        ChartKind.Columns => SvgChart.Columns(Id, Title, Series, Rows, Format),
    };
}
