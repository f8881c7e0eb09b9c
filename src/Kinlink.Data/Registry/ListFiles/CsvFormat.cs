using System.Buffers;
using System.Text;

namespace Kinlink.Data.Registry.ListFiles;

/// <summary>
/// RFC 4180 CSV, read and written by hand (no package): quoted fields may hold the separator, doubled quotes and
/// line breaks. Lists arrive from Excel in many locales, so the separator (comma, semicolon or tab) is taken from
/// whichever occurs most in the header line.
/// </summary>
internal static class CsvFormat
{
    private static readonly SearchValues<char> NeedQuotes = SearchValues.Create(",;\"\r\n\t");

    /// <summary>First characters that make a spreadsheet read a cell as a formula (or, for tab and line breaks, hide one).</summary>
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r\n");

    /// <summary>Splits the text into rows, each with the physical line it starts on (1-based).</summary>
    /// <exception cref="ListFileException">A quoted field is never closed.</exception>
    public static List<ListRow> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var separator = DetectSeparator(text);
        var rows = new List<ListRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var inQuotes = false;
        var quoted = false;
        var quoteLine = 0;

        void EndField()
        {
            fields.Add(WithoutFormulaGuard(quoted ? field.ToString() : field.ToString().Trim()));
            field.Clear();
            quoted = false;
        }

        void EndRow()
        {
            EndField();
            rows.Add(new ListRow(rowStart, fields.ToArray()));
            fields.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (inQuotes)
            {
                if (c == '"' && next == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else if (c == '\r')
                {
                    // A line break inside a field is kept as a plain newline, whichever convention the file used.
                    field.Append('\n');
                    line++;
                    if (next == '\n')
                    {
                        i++;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"' && !quoted && string.IsNullOrWhiteSpace(field.ToString()))
            {
                // Spaces before an opening quote (a, "b") are common in hand-made files; they are not part of the value.
                field.Clear();
                inQuotes = true;
                quoted = true;
                quoteLine = line;
            }
            else if (c == separator)
            {
                EndField();
            }
            else if (c is '\r' or '\n')
            {
                EndRow();
                if (c == '\r' && next == '\n')
                {
                    i++;
                }

                line++;
                rowStart = line;
            }
            else
            {
                // A stray quote inside an unquoted value, or text after a closing quote, is kept as written
                // rather than refusing the whole file.
                field.Append(c);
            }
        }

        if (inQuotes)
        {
            throw new ListFileException($"The quoted value that starts on line {quoteLine} is never closed: check its quotation marks.");
        }

        if (field.Length > 0 || fields.Count > 0 || quoted)
        {
            EndRow();
        }

        return rows;
    }

    /// <summary>A value as a CSV field: quoted when it holds a separator, a quote, a line break or edge spaces.</summary>
    public static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var needsQuotes = value.AsSpan().IndexOfAny(NeedQuotes) >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]);
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>
    /// A value as a spreadsheet will show it rather than run it: a value starting like a formula (a name list can hold
    /// "=HYPERLINK(...)" as easily as a name) gets a leading apostrophe, which Excel and LibreOffice take as "text".
    /// <see cref="Parse"/> drops that apostrophe again, so an export still imports unchanged.
    /// </summary>
    public static string FormulaSafe(string? value) =>
        string.IsNullOrEmpty(value) || !FormulaStarts.Contains(value[0]) ? value ?? "" : "'" + value;

    private static string WithoutFormulaGuard(string value) =>
        value.Length >= 2 && value[0] == '\'' && FormulaStarts.Contains(value[1]) ? value[1..] : value;

    private static char DetectSeparator(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var inQuotes = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\r' or '\n')
            {
                break;
            }
            else if (!inQuotes)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
