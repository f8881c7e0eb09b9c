using Kinlink.Data.Exchanges;
using Kinlink.Data.Registry;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Deaths.Received;

/// <summary>A party's officers: the notifications of death transmitted to their party, and no other.</summary>
[Authorize(Policy = Policies.TransmissionsReceive)]
public sealed class IndexModel(DeathNotificationService deaths) : PageModel
{
    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public PagedResult<DeathNotificationSummary> Result { get; private set; } = null!;

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await deaths.ReceivedAsync(PageNumber, null, HttpContext.Actor(), cancellationToken);
        Pager = Pager.For(Result, page => Url.Page("/Deaths/Received/Index", new { page }));
    }
}
