using Kinlink.Data.Registry;
using Kinlink.Data.Reports;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages;

/// <summary>The dashboard: the figures of every page the viewer may open, within the viewer's party scope (DashboardService).</summary>
[Authorize(Policy = Policies.RegistryRead)]
public sealed class IndexModel(DashboardService dashboard, DashboardSettings settings, PersonService persons, IAuthorizationService authorization) : PageModel
{
    public Dashboard Figures { get; private set; } = null!;

    public int HealthNewsDue { get; private set; }

    /// <summary>How old the figures may be; 0 when they are counted on every request.</summary>
    public int MaximumAgeSeconds => (int)settings.MaximumAge.TotalSeconds;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sections = await DashboardAccess.SectionsAsync(authorization, User);
        Figures = await dashboard.GetAsync(sections, HttpContext.Actor(), cancellationToken);
        HealthNewsDue = (await persons.HealthNewsWorklistAsync(HttpContext.Actor(), cancellationToken)).Count;
    }
}
