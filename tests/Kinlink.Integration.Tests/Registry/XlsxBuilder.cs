using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Kinlink.Integration.Tests.Registry;

/// <summary>
/// Builds a workbook the way Excel writes one: shared and inline strings, rich text, a missing row, missing
/// cells, numbers, and dates stored as serial numbers in cells with a built-in and a custom date format.
/// </summary>
internal static class XlsxBuilder
{
    private const uint DateStyle = 1; // built-in format 14 (m/d/yyyy)
    private const uint CustomDateStyle = 2; // custom format "dd.mm.yyyy"

    public static byte[] PersonList()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd\\.mm\\.yyyy" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(
                    new CellFormat(),
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });

            var strings = new List<string> { "service_number", "surname", "given_name", "date_of_birth", "depends_on", "place", "event", "event_date", "Коваленко", "RU-CAMP-01", "captured", "Мельник" };
            var sharedStrings = workbookPart.AddNewPart<SharedStringTablePart>();
            sharedStrings.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
            // Rich text: the given name in two runs, with a phonetic hint that is not part of the value.
            sharedStrings.SharedStringTable.AppendChild(new SharedStringItem(
                new Run(new Text("Анд")), new Run(new Text("рій")), new PhoneticRun(new Text("ANDRIJ")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }));
            int S(string text) => strings.IndexOf(text);

            var sheetData = new SheetData(
                new Row(Enumerable.Range(0, 8).Select(i => Shared($"{(char)('A' + i)}1", i))) { RowIndex = 1 },
                new Row(
                    Number("A2", 123456),
                    Shared("B2", S("Коваленко")),
                    Inline("C2", "Олександр"),
                    Number("D2", new DateTime(1994, 3, 12).ToOADate(), DateStyle),
                    Inline("E2", "UA"),
                    Shared("F2", S("RU-CAMP-01")),
                    Shared("G2", S("captured")),
                    Number("H2", new DateTime(2026, 10, 1, 14, 30, 0).ToOADate(), CustomDateStyle)) { RowIndex = 2 },
                // Row 3 is missing altogether; row 4 has cells only in B, C, E and F.
                new Row(Shared("B4", S("Мельник")), Shared("C4", strings.Count), Inline("E4", "UA"), Inline("F4", "RU-HOSP-02")) { RowIndex = 4 },
                new Row(Inline("B5", "Шевчук"), Inline("D5", "12/03/1994"), Inline("E5", "UA")) { RowIndex = 5 },
                // A formatted but empty row, as Excel leaves after a deletion: skipped.
                new Row(new Cell { CellReference = "D6", StyleIndex = DateStyle }) { RowIndex = 6 });

            var first = workbookPart.AddNewPart<WorksheetPart>();
            first.Worksheet = new Worksheet(sheetData);
            var second = workbookPart.AddNewPart<WorksheetPart>();
            second.Worksheet = new Worksheet(new SheetData(new Row(Inline("A1", "nickname")) { RowIndex = 1 }));
            workbookPart.Workbook.AppendChild(new Sheets(
                new Sheet { Id = workbookPart.GetIdOfPart(first), SheetId = 1, Name = "Persons" },
                new Sheet { Id = workbookPart.GetIdOfPart(second), SheetId = 2, Name = "Notes" }));
        }

        return stream.ToArray();
    }

    /// <summary>A one-sheet workbook of text cells, row by row (the first row the header).</summary>
    public static byte[] TextRows(params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheetData = new SheetData(rows.Select((cells, r) => new Row(cells.Select((text, c) => Inline($"{(char)('A' + c)}{r + 1}", text))) { RowIndex = (uint)(r + 1) }));
            var sheet = workbookPart.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(sheetData);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheet), SheetId = 1, Name = "List" }));
        }

        return stream.ToArray();
    }

    private static Cell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)) };

    private static Cell Inline(string reference, string text) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    private static Cell Number(string reference, double value, uint? style = null) =>
        new() { CellReference = reference, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)), StyleIndex = style is null ? null : new UInt32Value(style.Value) };
}
