using System.Globalization;
using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Exchanges;

/// <summary>
/// The handover form: every entry, handed over or not with a reason and a note, the day of the handover, and the
/// balance; when the counts do not balance with the terms, a note saying why is required. One post records it all.
/// </summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class ExecuteModel(ExchangeService exchanges, TimeProvider clock) : PageModel
{
    public ExchangeView View { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? HandoverDate { get; set; }

    [BindProperty]
    public string? BalanceNote { get; set; }

    [BindProperty]
    public List<ExchangeHandoverInput> Decisions { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        HandoverDate = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Proposed from the verification: the ready are handed over, those who declined are not.
        Decisions = View.Entries.Select(e => new ExchangeHandoverInput
        {
            Entry = e.Entry.Id.Value,
            HandedOver = e.Ready,
            Reason = e.Ready ? null : e.Entry.Wish is Domain.Exchanges.RepatriationWish.No or Domain.Exchanges.RepatriationWish.Undecided ? "declined" : null,
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference, CancellationToken cancellationToken)
    {
        var execution = new ExchangeExecution { HandoverDate = HandoverDate, BalanceNote = BalanceNote, Decisions = Decisions, Version = Version };
        if (await Errors.TryAsync(() => exchanges.ExecuteAsync(reference, execution, HttpContext.Actor(), cancellationToken)))
        {
            return Redirect($"/Exchanges/{reference}");
        }

        return await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
    }

    public ExchangeHandoverInput DecisionFor(Guid entry) => Decisions.FirstOrDefault(d => d.Entry == entry) ?? new ExchangeHandoverInput { Entry = entry };

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            View = await exchanges.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
