using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Deaths.Packets;

/// <summary>One packet of effects: the owner, the list of contents, and the hand-over with the recipient named.</summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class DetailsModel(EffectsPacketService packets) : PageModel
{
    public EffectsPacketView View { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostHandOverAsync(
        string reference, [FromForm] string? handedOverOn, [FromForm] string? handedOverTo, [FromForm] string? party, [FromForm] string? note, [FromForm] int? version, CancellationToken cancellationToken) =>
        this.ChangeAsync(Errors, () => packets.HandOverAsync(reference, new EffectsHandoverInput { HandedOverOn = handedOverOn, HandedOverTo = handedOverTo, Party = party, Note = note, Version = version },
            HttpContext.Actor(), cancellationToken), "/Deaths/Packets/Details", new { reference }, () => LoadAsync(reference, cancellationToken));

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            View = await packets.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
