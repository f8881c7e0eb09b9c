using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;

namespace Kinlink.Web.Pages.Registry.Places;

[Authorize(Policy = Policies.RegistryRead)]
public sealed class DetailsModel(PlaceService places, IAuthorizationService authorization, Kinlink.Data.Visits.VisitCoverageService visits) : PageModel
{
    public PlaceRecord Record { get; private set; } = null!;

    /// <summary>The place's visit coverage and a link to its sheet: for those who plan and make visits only.</summary>
    public Kinlink.Data.Visits.PlaceCoverage? Coverage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            Record = await places.GetAsync(id, HttpContext.Actor(), cancellationToken);
            if ((await authorization.AuthorizeAsync(User, Policies.VisitsWork)).Succeeded)
            {
                Coverage = await visits.PlaceCoverageAsync(Record.Place.Id, HttpContext.Actor(), cancellationToken);
            }
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
