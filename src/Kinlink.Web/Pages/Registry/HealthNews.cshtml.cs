using Kinlink.Data.Registry;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Registry;

public sealed class HealthNewsModel(PersonService persons) : PageModel
{
    public IReadOnlyList<HealthNewsItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await persons.HealthNewsWorklistAsync(HttpContext.Actor(), cancellationToken);
}
