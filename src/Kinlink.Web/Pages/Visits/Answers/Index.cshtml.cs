using Kinlink.Data.Registry;
using Kinlink.Data.Visits;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Visits.Answers;

/// <summary>The liaison officer's list: the visit requests addressed to their own party, those awaiting an answer first, overdue ones marked.</summary>
[Authorize(Policy = Policies.VisitRequestsAnswer)]
public sealed class IndexModel(VisitRequestService requests) : PageModel
{
    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public PagedResult<VisitRequestSummary> Result { get; private set; } = null!;

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await requests.ListAsync(new VisitRequestQuery(Page: PageNumber), HttpContext.Actor(), cancellationToken);
        Pager = Pager.For(Result, page => Url.Page("/Visits/Answers/Index", new { page }));
    }
}
