using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;

namespace Kinlink.Web.Pages.Registry.Places;

[Authorize(Policy = Policies.RegistryRead)]
public sealed class DetailsModel(PlaceService places) : PageModel
{
    public PlaceRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            Record = await places.GetAsync(id, HttpContext.Actor(), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
