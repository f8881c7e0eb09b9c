using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace Kinlink.Web.Presentation.Charts;

/// <summary>
/// Charts drawn on the server as inline SVG, readable without JavaScript and without any file from elsewhere (the CSP
/// allows neither): each is an image with a title (role="img", aria-labelledby), every bar carries its label and value
/// as text, and each series has its own fill pattern as well as its colour, so colour never carries meaning alone. The
/// colours keep at least 3:1 against white (WCAG 1.4.11) and text is the page's near-black. Presentation attributes
/// rather than style attributes, which the CSP would block. The page puts the same numbers in a table beside each chart.
/// </summary>
public static class SvgChart
{
    private const int Width = 640;
    private const int LabelWidth = 210;
    private const int ValueWidth = 90;
    private const int RowHeight = 30;
    private const int BarHeight = 20;
    private const string Ink = "#0b0c0c";

    /// <summary>Blue, red, green, purple, grey: each at least 4.5:1 against white.</summary>
    private static readonly string[] Colours = ["#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#505a5f"];

    /// <summary>One bar per row, its length the row's single value.</summary>
    public static IHtmlContent HorizontalBars(string id, string title, IReadOnlyList<ChartRow> rows, Func<double, string> format) =>
        StackedBars(id, title, [], rows, format);

    /// <summary>One bar per row, made of one segment per series, with a legend naming the series by pattern and colour.</summary>
    public static IHtmlContent StackedBars(string id, string title, IReadOnlyList<string> series, IReadOnlyList<ChartRow> rows, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(format);
        var legendHeight = series.Count > 1 ? RowHeight : 0;
        var height = legendHeight + (Math.Max(rows.Count, 1) * RowHeight) + 6;
        var max = Math.Max(rows.Select(r => r.Values.Sum()).DefaultIfEmpty(0).Max(), 1);
        var barArea = Width - LabelWidth - ValueWidth;
        var svg = Open(id, title, height, Math.Max(series.Count, 1));
        if (series.Count > 1)
        {
            Legend(svg, id, series, 2);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = legendHeight + (i * RowHeight) + 4;
            svg.Append(CultureInfo.InvariantCulture, $"""<g class="chart-row" data-label="{Attr(row.Label)}">""");
            Label(svg, row, LabelWidth - 8, y + 15, "end");
            double x = LabelWidth;
            for (var s = 0; s < row.Values.Count; s++)
            {
                var length = row.Values[s] / max * barArea;
                var name = series.Count > s && series.Count > 1 ? series[s] + ": " : "";
                svg.Append(CultureInfo.InvariantCulture,
                    $"""<rect class="chart-bar" x="{x:0.#}" y="{y}" width="{length:0.#}" height="{BarHeight}" fill="url(#{id}-s{s})" stroke="#ffffff" stroke-width="1"><title>{Text(row.Label)} – {Text(name)}{Text(format(row.Values[s]))}</title></rect>""");
                x += length;
            }

            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + 6:0.#}" y="{y + 15}" fill="{Ink}">{Text(format(row.Values.Sum()))}</text></g>""");
        }

        return Close(svg);
    }

    /// <summary>A time series: per period one column per series side by side, the periods' labels below, a scale at the left.</summary>
    public static IHtmlContent Columns(string id, string title, IReadOnlyList<string> series, IReadOnlyList<ChartRow> periods, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(format);
        const int left = 50;
        const int top = RowHeight + 10;
        const int plotHeight = 180;
        var height = top + plotHeight + 50;
        var max = Math.Max(periods.SelectMany(p => p.Values).DefaultIfEmpty(0).Max(), 1);
        var slot = (Width - left - 10) / (double)Math.Max(periods.Count, 1);
        var column = Math.Max((slot - 6) / Math.Max(series.Count, 1), 1);
        var svg = Open(id, title, height, Math.Max(series.Count, 1));
        Legend(svg, id, series, 2);
        // The middle line on a whole number, so its label is exact (the columns count things).
        foreach (var tick in max >= 2 ? new[] { 0, Math.Floor(max / 2), max } : [0, max])
        {
            var y = top + plotHeight - (tick / max * plotHeight);
            svg.Append(CultureInfo.InvariantCulture,
                $"""<line x1="{left}" x2="{Width - 10}" y1="{y:0.#}" y2="{y:0.#}" stroke="#b1b4b6" stroke-width="1"/><text x="{left - 6}" y="{y + 4:0.#}" text-anchor="end" fill="{Ink}">{Text(format(tick))}</text>""");
        }

        for (var p = 0; p < periods.Count; p++)
        {
            var period = periods[p];
            var x0 = left + (p * slot) + 3;
            svg.Append(CultureInfo.InvariantCulture, $"""<g class="chart-period" data-label="{Attr(period.Label)}">""");
            for (var s = 0; s < period.Values.Count; s++)
            {
                var length = period.Values[s] / max * plotHeight;
                var name = series.Count > s ? series[s] + ": " : "";
                svg.Append(CultureInfo.InvariantCulture,
                    $"""<rect class="chart-bar" x="{x0 + (s * column):0.#}" y="{top + plotHeight - length:0.#}" width="{column:0.#}" height="{length:0.#}" fill="url(#{id}-s{s})" stroke="{Colours[s % Colours.Length]}" stroke-width="1"><title>{Text(period.Label)} – {Text(name)}{Text(format(period.Values[s]))}</title></rect>""");
            }

            Label(svg, period, x0 + (slot / 2) - 3, top + plotHeight + 18, "middle", small: true);
            svg.Append("</g>");
        }

        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, int height, int seriesCount)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg class="chart" role="img" aria-labelledby="{Attr(id)}-title" viewBox="0 0 {Width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg" font-size="14"><title id="{Attr(id)}-title">{Text(title)}</title><defs>""");
        for (var s = 0; s < seriesCount; s++)
        {
            svg.Append(Pattern(id, s));
        }

        svg.Append("</defs>");
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    /// <summary>Solid, stripes, dots, cross-hatching, then again in the next colour: the pattern tells the series apart without colour.</summary>
    private static string Pattern(string id, int series)
    {
        var colour = Colours[series % Colours.Length];
        var marks = (series % 4) switch
        {
            0 => "",
            1 => """<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#ffffff" stroke-width="2"/>""",
            2 => """<circle cx="4" cy="4" r="1.6" fill="#ffffff"/>""",
            _ => """<path d="M0,0 l8,8 M8,0 l-8,8" stroke="#ffffff" stroke-width="1.5"/>""",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"""<pattern id="{Attr(id)}-s{series}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="{colour}"/>{marks}</pattern>""");
    }

    private static void Legend(StringBuilder svg, string id, IReadOnlyList<string> series, int y)
    {
        double x = 4;
        for (var s = 0; s < series.Count; s++)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"""<g class="chart-legend"><rect x="{x:0.#}" y="{y + 2}" width="16" height="16" fill="url(#{Attr(id)}-s{s})" stroke="{Ink}" stroke-width="0.5"/><text x="{x + 22:0.#}" y="{y + 15}" fill="{Ink}">{Text(series[s])}</text></g>""");
            x += 34 + (series[s].Length * 8);
        }
    }

    /// <param name="small">For the periods under columns, where twelve labels share the width.</param>
    private static void Label(StringBuilder svg, ChartRow row, double x, double y, string anchor, bool small = false)
    {
        var size = small ? """ font-size="11" """ : " ";
        var text = string.Create(CultureInfo.InvariantCulture, $"""<text x="{x:0.#}" y="{y:0.#}"{size}text-anchor="{anchor}" fill="{Ink}">{Text(row.Label)}</text>""");
        // No link inside the chart: an image's content is hidden from screen readers, so a link there would take keyboard
        // focus to something they cannot name. The table beside the chart carries the same labels as links.
        svg.Append(text);
    }

    /// <summary>Escapes markup only, so Cyrillic labels stay readable in the page source and to tests reading it.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Text(string value) => Encoder.Encode(value);

    private static string Attr(string value) => Encoder.Encode(value);
}
