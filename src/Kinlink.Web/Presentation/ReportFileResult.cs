using Kinlink.Data.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>
/// A report sent as a file: CSV straight into the response as its pages are read, XLSX first into a temporary file (the
/// package is a zip, written with seeks) and then copied out. Headers and the sheet's name in the reader's language.
/// </summary>
public sealed class ReportFileResult(ReportTable table, ReportFormat format, IStringLocalizer localizer, DateOnly today) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        var cancellationToken = context.HttpContext.RequestAborted;
        var headers = table.Columns.Select(c => localizer[c.Header].Value).ToList();
        var extension = format == ReportFormat.Csv ? "csv" : "xlsx";
        response.ContentType = format == ReportFormat.Csv ? ReportFiles.CsvContentType : ReportFiles.XlsxContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{table.Name}-{today:yyyy-MM-dd}.{extension}\"";
        if (format == ReportFormat.Csv)
        {
            await ReportFiles.WriteCsvAsync(headers, table.Rows, response.Body, cancellationToken);
            return;
        }

        var path = Path.GetTempFileName();
        await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await ReportFiles.WriteXlsxAsync(localizer[ReportTitles.KeyOf(table.Name)].Value, table.Columns, headers, table.Rows, file, cancellationToken);
        file.Position = 0;
        response.ContentLength = file.Length;
        await file.CopyToAsync(response.Body, cancellationToken);
    }
}
