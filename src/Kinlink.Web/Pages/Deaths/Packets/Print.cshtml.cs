using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Deaths.Packets;

/// <summary>The printable statement that goes with a packet: the owner's identity, the complete list of contents, and lines for who hands it over and who receives it.</summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class PrintModel(EffectsPacketService packets) : PageModel
{
    public EffectsPacketView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            View = await packets.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
