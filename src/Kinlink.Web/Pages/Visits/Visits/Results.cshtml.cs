using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Visits.Visits;

/// <summary>
/// Entering the results of a filled-in visit sheet (CSV or XLSX) when no connection was possible on the visit: all or
/// nothing, with every bad row reported by line and column.
/// </summary>
[Authorize(Policy = Policies.VisitsWork)]
[RequestSizeLimit(Api.VisitEndpoints.MaxSheetBytes)]
public sealed class ResultsModel(VisitService visits, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Reference { get; private set; } = "";

    public string PlaceCode { get; private set; } = "";

    public FormErrors Errors { get; } = new();

    public VisitResultsReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string reference, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            Errors.Add("file", localizer["VisitResults.ChooseFile"]);
            return Page();
        }

        await using var stream = file.OpenReadStream();
        Report = await visits.ImportResultsAsync(reference, stream, file.FileName, HttpContext.Actor(), cancellationToken);
        if (!Report.Stored)
        {
            Errors.Add("file", localizer["VisitResults.Refused", Report.Errors.Count]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            var record = await visits.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            Reference = record.Visit.Reference;
            PlaceCode = record.PlaceCode;
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
