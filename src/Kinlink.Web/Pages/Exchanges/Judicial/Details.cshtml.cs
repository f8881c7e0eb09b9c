using Kinlink.Data.Exchanges;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Exchanges.Judicial;

/// <summary>
/// One proceeding: charges, notification, trial, sentence and where it is served, with the art. 104 and art. 101 flags,
/// and the forms for the next steps (notification received, trial set, sentence pronounced, proceeding ended).
/// </summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class DetailsModel(JudicialService judicial, PlaceService places) : PageModel
{
    public JudicialView Proceeding { get; private set; } = null!;

    public IReadOnlyList<Choice> Places { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    [BindProperty]
    public JudicialNotificationInput Notification { get; set; } = new();

    [BindProperty]
    public JudicialTrialInput Trial { get; set; } = new();

    [BindProperty]
    public JudicialSentenceInput Sentence { get; set; } = new();

    [BindProperty]
    public JudicialCloseInput Closing { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostNotificationAsync(string reference, CancellationToken cancellationToken) =>
        ActAsync(reference, () => judicial.RecordNotificationAsync(reference, Notification, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostTrialAsync(string reference, CancellationToken cancellationToken) =>
        ActAsync(reference, () => judicial.ScheduleTrialAsync(reference, Trial, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSentenceAsync(string reference, CancellationToken cancellationToken) =>
        ActAsync(reference, () => judicial.RecordSentenceAsync(reference, Sentence, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(string reference, CancellationToken cancellationToken) =>
        ActAsync(reference, () => judicial.CloseAsync(reference, Closing, HttpContext.Actor(), cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(string reference, Func<Task<JudicialView>> act, CancellationToken cancellationToken)
    {
        try
        {
            var done = await act();
            return Redirect($"/Exchanges/Judicial/{done.Summary.Reference}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Exception refusal) when (Errors.AddRefusal(refusal))
        {
            // Shown by field on the page below.
        }

        return await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            Proceeding = await judicial.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            if (Proceeding.Summary.IsPending)
            {
                Places = await PlaceChoices.AllAsync(places, HttpContext.Actor(), cancellationToken);
            }

            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
