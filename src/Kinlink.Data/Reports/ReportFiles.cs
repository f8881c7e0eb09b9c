using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kinlink.Data.Registry.ListFiles;

namespace Kinlink.Data.Reports;

/// <summary>
/// The one way Kinlink writes a spreadsheet: CSV (UTF-8 with a BOM so Excel reads Cyrillic right, comma-separated, CRLF,
/// every value that could run as a formula written as text) or XLSX (one sheet, the header row frozen, numbers as
/// numbers, dates as ISO text, text as inline strings, which a spreadsheet never evaluates).
/// </summary>
public static class ReportFiles
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes the header and each row as it arrives; returns how many rows were written.</summary>
    public static async Task<int> WriteCsvAsync(IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteAsync(CsvLine(headers.Cast<object?>().ToList())).ConfigureAwait(false);
            var count = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(CsvLine(row)).ConfigureAwait(false);
                count++;
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    /// <summary>
    /// Writes the workbook with the streaming writer (no cell tree in memory) to <paramref name="output"/>, which must be
    /// seekable (the package is a zip); returns how many rows were written.
    /// </summary>
    public static async Task<int> WriteXlsxAsync(string sheetName, IReadOnlyList<ReportColumn> columns, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var count = 0;
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(worksheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
            writer.WriteStartElement(new SheetData());
            WriteXlsxRow(writer, 1, headers.Select(h => (object?)h).ToList(), null);
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                count++;
                WriteXlsxRow(writer, (uint)count + 1, row, columns);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = SheetName(sheetName) }));
        return count;
    }

    /// <summary>The text a cell shows for a value, as both formats write it: dates in ISO form, numbers in invariant digits.</summary>
    public static string TextOf(object? value) => value switch
    {
        null => "",
        string text => text,
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string CsvLine(IReadOnlyList<object?> values) =>
        string.Join(',', values.Select(v => CsvFormat.Quote(v is string text ? CsvFormat.FormulaSafe(text) : TextOf(v)))) + "\r\n";

    private static void WriteXlsxRow(OpenXmlWriter writer, uint line, IReadOnlyList<object?> values, IReadOnlyList<ReportColumn>? columns)
    {
        writer.WriteStartElement(new Row { RowIndex = line });
        for (var i = 0; i < values.Count; i++)
        {
            var text = TextOf(values[i]);
            if (text.Length == 0)
            {
                continue;
            }

            var reference = $"{ColumnName(i)}{line}";
            if (columns?[i].Kind == ReportColumnKind.Number && values[i] is not string)
            {
                writer.WriteElement(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(text) });
            }
            else
            {
                writer.WriteElement(new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                });
            }
        }

        writer.WriteEndElement();
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Excel's sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    public static string SheetName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var clean = new string(name.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        return clean.Length == 0 ? "Report" : clean[..Math.Min(clean.Length, 31)];
    }
}
