using Kinlink.Data.Reports;
using Kinlink.Data.Visits;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Visits.Coverage;

/// <summary>Coverage per party and per place, and how each party answers visit requests.</summary>
[Authorize(Policy = Policies.VisitCoverageRead)]
public sealed class IndexModel(VisitCoverageService coverage, IAuthorizationService authorization, ReportService reports, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public VisitCoverageReport Report { get; private set; } = null!;

    public IReadOnlyList<PartyAnswerTimes> AnswerTimes { get; private set; } = [];

    /// <summary>The sheets name persons and enquiries: linked only for those who plan and make visits.</summary>
    public bool CanOpenSheets { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await coverage.CoverageAsync(HttpContext.Actor(), cancellationToken);
        AnswerTimes = await coverage.AnswerTimesAsync(HttpContext.Actor(), cancellationToken);
        CanOpenSheets = (await authorization.AuthorizeAsync(User, Policies.VisitsWork)).Succeeded;
    }

    /// <summary>Coverage per place as a file (the page has no filters; the per-party lines are the places' sums).</summary>
    public Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken cancellationToken) =>
        ReportDownload.FileAsync(this, format, localizer, clock, () => reports.CoverageAsync(HttpContext.Actor(), cancellationToken));
}
