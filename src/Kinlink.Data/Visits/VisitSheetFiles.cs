using Kinlink.Data.Registry;
using Kinlink.Data.Reports;

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

    /// <summary>UTF-8 with a BOM, comma-separated, CRLF, formulas written as text: the reports' own CSV (<see cref="ReportFiles"/>).</summary>
    public static async Task<byte[]> CsvAsync(VisitSheet sheet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var stream = new MemoryStream();
        await ReportFiles.WriteCsvAsync(VisitSheetColumns.All, Rows(sheet), stream, cancellationToken);
        return stream.ToArray();
    }

    /// <summary>
    /// One worksheet named after the place, every cell an inline string (a reference or a date must not become a
    /// number), the header row frozen so it stays in view while the delegate scrolls.
    /// </summary>
    public static async Task<byte[]> XlsxAsync(VisitSheet sheet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var stream = new MemoryStream();
        var columns = VisitSheetColumns.All.Select(c => new ReportColumn(c)).ToList();
        await ReportFiles.WriteXlsxAsync(string.IsNullOrEmpty(sheet.PlaceCode) ? "Visit sheet" : sheet.PlaceCode, columns, VisitSheetColumns.All, Rows(sheet), stream, cancellationToken);
        return stream.ToArray();
    }

    private static IAsyncEnumerable<IReadOnlyList<object?>> Rows(VisitSheet sheet) =>
        sheet.Rows.Select(row => (IReadOnlyList<object?>)VisitSheetColumns.All.Select(column => (object?)ValueOf(row, column)).ToList()).ToAsyncEnumerable();

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
}
