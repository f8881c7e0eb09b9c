using Kinlink.Data.Registry;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;

namespace Kinlink.Web.Pages.Registry;

[Authorize(Policy = Policies.RegistryRead)]
public sealed class HealthNewsModel(PersonService persons) : PageModel
{
    public IReadOnlyList<HealthNewsItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await persons.HealthNewsWorklistAsync(HttpContext.Actor(), cancellationToken);
}
