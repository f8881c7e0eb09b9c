using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Deaths.Packets;

/// <summary>
/// Records a sealed packet of effects as received: for whom, the death notification it belongs with (?person=&amp;death=),
/// why, the seal, and the list of contents as rows. A fixed number of blank rows works without script; blank rows are ignored.
/// </summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed partial class NewModel(EffectsPacketService packets) : PageModel
{
    public const int Rows = 10;

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Death { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? SealNumber { get; set; }

    [BindProperty]
    public string? ReceivedOn { get; set; }

    [BindProperty]
    public string? ReceivedFrom { get; set; }

    [BindProperty]
    public List<EffectsItemInput> Items { get; set; } = [];

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
        Reason ??= string.IsNullOrWhiteSpace(Death) ? null : "died";
        Pad();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Rows left blank are dropped first, so an error's row number is the row the reader sees when the form comes back.
        Items = [.. Items.Where(i => !i.IsBlank)];
        var reference = "";
        // items[2].quantity becomes the id of that row's input (and deathNotification the form's death), so the error summary's link lands on it.
        if (await Errors.TryAsync(async () => reference = (await packets.ReceiveAsync(new EffectsPacketInput
            {
                Person = Person, DeathNotification = Death, Reason = Reason, SealNumber = SealNumber, ReceivedOn = ReceivedOn, ReceivedFrom = ReceivedFrom, Items = Items,
            }, HttpContext.Actor(), cancellationToken)).Packet.Reference,
            field => field == "deathNotification" ? "death" : ItemField().Replace(field, "items-$1-$2")))
        {
            return RedirectToPage("/Deaths/Packets/Details", new { reference });
        }

        Pad();
        return Page();
    }

    private void Pad()
    {
        while (Items.Count < Rows)
        {
            Items.Add(new EffectsItemInput());
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^items\[(\d+)\]\.(\w+)$")]
    private static partial System.Text.RegularExpressions.Regex ItemField();
}
