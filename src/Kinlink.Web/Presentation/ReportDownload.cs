using Kinlink.Data.Reports;
using Kinlink.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>
/// The "Download" handler every list page shares (<c>?handler=Download&amp;format=csv|xlsx</c> with the page's own
/// filters): the format is checked, the page's query is run for its first page, and a bad filter (or format) answers 400
/// with a validation problem naming the field, before any byte of the file.
/// </summary>
public static class ReportDownload
{
    public static async Task<IActionResult> FileAsync(PageModel page, string? format, IStringLocalizer localizer, TimeProvider clock, Func<Task<ReportTable>> report)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(clock);
        var wanted = (format ?? "").Trim().ToLowerInvariant() switch
        {
            "csv" => ReportFormat.Csv,
            "xlsx" => ReportFormat.Xlsx,
            _ => (ReportFormat?)null,
        };
        try
        {
            if (wanted is null)
            {
                throw new ValidationFailedException("format", "The format is csv or xlsx.");
            }

            var table = await report();
            return new ReportFileResult(table, wanted.Value, localizer, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        }
        catch (ValidationFailedException failure)
        {
            // In the reader's language, as the API's problem details and the forms' errors are.
            return page.BadRequest(new ValidationProblemDetails(failure.Errors.ToDictionary(e => e.Key, e => e.Value.Select(MessageTranslator.InReadersLanguage).ToArray())));
        }
    }

    /// <summary>The page's link to download its list as it stands now: the current query string with the handler and the format.</summary>
    public static string Link(Microsoft.AspNetCore.Http.HttpRequest request, string format)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query.Where(q => q.Key is not ("handler" or "format" or "page"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("handler", "Download")).Append(new("format", format));
        return request.PathBase + request.Path + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }
}
