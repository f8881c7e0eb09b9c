using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Visits.Sheet;

/// <summary>
/// The visit sheet of a place, to read on screen or print: who should be there, the open enquiries about them, and
/// blank columns for the delegate to write the results in. Also offered as CSV and XLSX downloads.
/// </summary>
[Authorize(Policy = Policies.VisitsWork)]
public sealed class IndexModel(VisitCoverageService coverage) : PageModel
{
    public VisitSheet Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string placeCode, CancellationToken cancellationToken)
    {
        try
        {
            Sheet = await coverage.SheetAsync(placeCode, HttpContext.Actor(), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
