using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Deaths;

/// <summary>The printable notification of death: the Annex IV D fields in the order of the form, in the reader's language, with lines to sign.</summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class PrintModel(DeathNotificationService deaths) : PageModel
{
    public DeathNotificationView View { get; private set; } = null!;

    public string BackPage => "/Deaths/Details";

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            View = await deaths.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
