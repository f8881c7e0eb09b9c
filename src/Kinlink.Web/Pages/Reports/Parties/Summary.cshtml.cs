using Kinlink.Data.Reports;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Reports.Parties;

/// <summary>The printable summary for one party (no script: the browser's own print prints it, the print style drops the site's frame).</summary>
[Authorize(Policy = Policies.PartySummaryRead)]
public sealed class SummaryModel(PartySummaryService summaries, TimeProvider clock) : PageModel
{
    public PartySummary Summary { get; private set; } = null!;

    /// <summary>When the page was made, in the reader's culture and time zone, for the printed copy.</summary>
    public DateTimeOffset PrintedAt => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            Summary = await summaries.SummaryAsync(code, HttpContext.Actor(), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
