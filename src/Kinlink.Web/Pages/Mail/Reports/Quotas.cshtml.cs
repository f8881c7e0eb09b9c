using Kinlink.Data.Mail;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Mail.Reports;

/// <summary>Per prisoner, one month's letters and cards sent and received against art. 71, by detaining party; a limit below the minimum flagged.</summary>
[Authorize(Policy = Policies.MailReports)]
public sealed class QuotasModel(MailReportService reports) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public MailQuotaReport? Report { get; private set; }

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Report = await reports.QuotasAsync(Party, Month, PageNumber, null, HttpContext.Actor(), cancellationToken);
            var paged = new PagedResult<PrisonerMonthQuota>(Report.Prisoners, Report.Total, Report.Page, Report.PageSize);
            Pager = Pager.For(paged, page => Url.Page("/Mail/Reports/Quotas", new { party = Party, month = Report.Month, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
