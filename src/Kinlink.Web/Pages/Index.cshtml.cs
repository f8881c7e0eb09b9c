using Kinlink.Data.Registry;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;

namespace Kinlink.Web.Pages;

[Authorize(Policy = Policies.RegistryRead)]
public sealed class IndexModel(RegistryOverviewService overview, PersonService persons) : PageModel
{
    public RegistryOverview Overview { get; private set; } = null!;

    public int HealthNewsDue { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Overview = await overview.GetAsync(HttpContext.Actor(), cancellationToken);
        HealthNewsDue = (await persons.HealthNewsWorklistAsync(HttpContext.Actor(), cancellationToken)).Count;
    }
}
