namespace Kinlink.Web.Presentation.Charts;

/// <summary>One bar (or one period of columns): its label, one value per series, and the page that lists what it counts.</summary>
public sealed record ChartRow(string Label, IReadOnlyList<double> Values, string? Href = null)
{
    public ChartRow(string label, double value, string? href = null)
        : this(label, [value], href)
    {
    }
}
