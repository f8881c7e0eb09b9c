using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Kinlink.Data.Registry.ListFiles;

/// <summary>
/// Reads the first worksheet of an Excel workbook as text rows. Rows are streamed with the SAX reader, so a
/// sheet of 100,000 persons never becomes a DOM. Dates typed into Excel are numbers in a date-formatted cell;
/// they come out as YYYY-MM-DD so they read like the dates of a CSV list.
/// </summary>
internal static class XlsxFormat
{
    /// <summary>Built-in number formats that show a date (ECMA-376 18.8.30, with the East Asian locale ids).</summary>
    /// <summary>Excel's last column (XFD); a reference beyond it is damage, not data.</summary>
    private const int MaxColumn = 16383;

    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    /// <exception cref="ListFileException">The bytes are not a readable workbook, or it has no worksheet.</exception>
    public static List<ListRow> Parse(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbookPart = document.WorkbookPart ?? throw new ListFileException("The workbook has no worksheet.");
            var sheet = workbookPart.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (sheet?.Id?.Value is not { } partId || workbookPart.GetPartById(partId) is not WorksheetPart worksheetPart)
            {
                throw new ListFileException("The workbook has no worksheet.");
            }

            var sharedStrings = ReadSharedStrings(workbookPart);
            var dateStyles = ReadDateStyles(workbookPart);
            var date1904 = workbookPart.Workbook?.WorkbookProperties?.Date1904?.Value ?? false;
            return ReadRows(worksheetPart, sharedStrings, dateStyles, date1904);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or InvalidOperationException or NotSupportedException)
        {
            throw new ListFileException("The file is not a readable Excel workbook (.xlsx): it may be damaged, or be another kind of file. Save it again from Excel or as CSV UTF-8.", ex);
        }
    }

    private static List<ListRow> ReadRows(WorksheetPart worksheetPart, List<string> sharedStrings, HashSet<uint> dateStyles, bool date1904)
    {
        var rows = new List<ListRow>();
        var previousRow = 0;
        using var reader = OpenXmlReader.Create(worksheetPart);
        var positioned = reader.Read();
        while (positioned)
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                positioned = reader.Read();
                continue;
            }

            // LoadCurrentElement leaves the reader on what follows the row, so it is not read past again here.
            var row = (Row)reader.LoadCurrentElement()!;
            positioned = !reader.EOF;
            var line = row.RowIndex?.Value is { } index ? (int)index : previousRow + 1;
            previousRow = line;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                // Excel leaves out empty cells, so the position comes from the reference ("D7"), not the order.
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                if (column > MaxColumn)
                {
                    continue;
                }

                while (cells.Count <= column)
                {
                    cells.Add("");
                }

                cells[column] = CellText(cell, sharedStrings, dateStyles, date1904).Trim();
            }

            rows.Add(new ListRow(line, cells));
        }

        return rows;
    }

    private static string CellText(Cell cell, List<string> sharedStrings, HashSet<uint> dateStyles, bool date1904)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < sharedStrings.Count ? sharedStrings[i] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? RichText(inline.Text, inline.Elements<Run>()) : raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Date)
        {
            // ISO 8601 date cells (strict files): keep the day only.
            return raw.Length >= 10 && DateOnly.TryParseExact(raw[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? raw[..10] : raw;
        }

        if (type is not null && type != CellValues.Number)
        {
            return raw; // formula strings and error values, as Excel shows them
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }

        if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style))
        {
            try
            {
                var date = DateTime.FromOADate(Math.Floor(number) + (date1904 ? 1462 : 0));
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            catch (ArgumentException)
            {
                return raw;
            }
        }

        // A whole number (a year, a service number) must not come out as "1994.0" or "1.2E+5".
        return Math.Abs(number) < 1e15 && number == Math.Floor(number)
            ? ((long)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString(CultureInfo.InvariantCulture);
    }

    private static List<string> ReadSharedStrings(WorkbookPart workbookPart)
    {
        var table = workbookPart.SharedStringTablePart?.SharedStringTable;
        return table is null ? [] : table.Elements<SharedStringItem>().Select(item => RichText(item.Text, item.Elements<Run>())).ToList();
    }

    /// <summary>The text of a string item: plain, or the runs of rich text; phonetic hints (rPh) are left out.</summary>
    private static string RichText(Text? plain, IEnumerable<Run> runs) =>
        plain is not null ? plain.Text : string.Concat(runs.Select(r => r.Text?.Text));

    /// <summary>The indexes of cell styles whose number format shows a date.</summary>
    private static HashSet<uint> ReadDateStyles(WorkbookPart workbookPart)
    {
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        var result = new HashSet<uint>();
        if (stylesheet?.CellFormats is null)
        {
            return result;
        }

        var customDateFormats = (stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            .Where(f => f.NumberFormatId?.Value is not null && IsDateFormatCode(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet();
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (BuiltInDateFormats.Contains(id) || customDateFormats.Contains(id))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    /// <summary>A custom format shows a date when, outside quoted text, escapes and [colour] sections, it has a day or a year.</summary>
    internal static bool IsDateFormatCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        var inQuotes = false;
        var inBrackets = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (inQuotes)
            {
                inQuotes = c != '"';
            }
            else if (inBrackets)
            {
                inBrackets = c != ']';
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == '[')
            {
                inBrackets = true;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++; // the next character is shown literally (or is padding)
            }
            else if (c is 'd' or 'D' or 'y' or 'Y')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"A1" → 0, "AB12" → 27.</summary>
    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (column > MaxColumn + 1)
            {
                return int.MaxValue;
            }
        }

        return Math.Max(column - 1, 0);
    }
}
