using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.ListFiles;

namespace Kinlink.Data.Visits;

/// <summary>
/// Writes a visit sheet as a file a delegate fills in offline: one row per person, the columns of
/// <see cref="VisitSheetColumns.All"/> in order, the identity columns filled and the result columns blank, so the filled
/// sheet goes back through the bulk results import unchanged.
/// </summary>
public static class VisitSheetFiles
{
    public static string FileName(VisitSheet sheet, string extension)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return $"visit-sheet-{sheet.PlaceCode}-{sheet.Today:yyyy-MM-dd}.{extension}";
    }

    /// <summary>UTF-8 with a BOM (Excel then reads the Cyrillic right), comma-separated, CRLF; formulas written as text.</summary>
    public static byte[] Csv(VisitSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var text = new StringBuilder();
        text.Append(string.Join(',', VisitSheetColumns.All)).Append("\r\n");
        foreach (var row in sheet.Rows)
        {
            text.Append(string.Join(',', VisitSheetColumns.All.Select(column => CsvFormat.Quote(CsvFormat.FormulaSafe(ValueOf(row, column)))))).Append("\r\n");
        }

        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>
    /// One worksheet named after the place, every cell an inline string (a reference or a date must not become a
    /// number), the header row frozen so it stays in view while the delegate scrolls.
    /// </summary>
    public static byte[] Xlsx(VisitSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var sheetData = new SheetData();
            sheetData.AppendChild(Row(1, VisitSheetColumns.All));
            var line = 2u;
            foreach (var row in sheet.Rows)
            {
                sheetData.AppendChild(Row(line++, VisitSheetColumns.All.Select(column => ValueOf(row, column)).ToList()));
            }

            var frozenHeader = new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
            worksheetPart.Worksheet = new Worksheet(frozenHeader, sheetData);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = SheetName(sheet.PlaceCode) }));
        }

        return stream.ToArray();
    }

    internal static string ValueOf(VisitSheetRow row, string column) => column switch
    {
        VisitSheetColumns.Reference => row.Reference,
        VisitSheetColumns.Surname => row.Surname,
        VisitSheetColumns.GivenName => row.GivenName,
        VisitSheetColumns.Patronymic => row.Patronymic,
        VisitSheetColumns.DateOfBirth => row.DateOfBirth ?? "",
        VisitSheetColumns.Sex => RegistryCodes.Of(row.Sex),
        VisitSheetColumns.Category => RegistryCodes.Of(row.Category),
        VisitSheetColumns.ServiceNumber => row.ServiceNumber ?? "",
        VisitSheetColumns.DependsOn => row.DependsOnPartyCode ?? "",
        VisitSheetColumns.MessagesWaiting => string.Join("; ", row.WaitingMail.Where(m => !m.IsParcel).Select(m => $"{m.Reference} ({m.Kind})")),
        VisitSheetColumns.ParcelsWaiting => string.Join("; ", row.WaitingMail.Where(m => m.IsParcel).Select(m => m.Reference)),
        _ => "", // the results: the delegate writes them
    };

    private static Row Row(uint line, IReadOnlyList<string> values)
    {
        var row = new Row { RowIndex = line };
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Length == 0)
            {
                continue;
            }

            row.AppendChild(new Cell
            {
                CellReference = $"{ColumnName(i)}{line}",
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(values[i]) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
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
    private static string SheetName(string placeCode)
    {
        var name = new string(placeCode.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        return name.Length == 0 ? "Visit sheet" : name[..Math.Min(name.Length, 31)];
    }
}
