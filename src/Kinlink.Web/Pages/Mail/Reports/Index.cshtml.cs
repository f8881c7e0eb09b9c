using Kinlink.Data.Mail;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Mail.Reports;

/// <summary>
/// The mail figures: delivery times per party and place, undeliverable rates with reasons, the items in transit for too
/// long, and the parties' stated limits, flagged when below the art. 71 minimum.
/// </summary>
[Authorize(Policy = Policies.MailReports)]
public sealed class IndexModel(MailReportService reports) : PageModel
{
    public MailDelayReport Delays { get; private set; } = null!;

    public IReadOnlyList<MailUndeliverableRate> Undeliverable { get; private set; } = [];

    public LateMailReport Late { get; private set; } = null!;

    public IReadOnlyList<PartyMailLimitView> Limits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = HttpContext.Actor();
        Delays = await reports.DelaysAsync(actor, cancellationToken);
        Undeliverable = await reports.UndeliverableAsync(actor, cancellationToken);
        Late = await reports.LateAsync(actor, cancellationToken);
        Limits = await reports.LimitsAsync(actor, cancellationToken);
    }
}
