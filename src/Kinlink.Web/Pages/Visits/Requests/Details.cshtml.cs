using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Visits.Requests;

/// <summary>
/// One visit request as the intermediary follows it: every step with its time and who took it, each person's answer,
/// and the next steps (accept the party's date, ask again, withdraw with a reason).
/// </summary>
[Authorize(Policy = Policies.VisitsWork)]
public sealed class DetailsModel(VisitRequestService requests) : PageModel
{
    public VisitRequestRecord Record { get; private set; } = null!;

    public VisitRequestStepInput StepInput { get; private set; } = new();

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptDateAsync(string reference, [FromForm] VisitRequestStepInput input, CancellationToken cancellationToken) =>
        StepAsync(reference, input, ct => requests.AcceptProposedDateAsync(reference, StepInput, HttpContext.Actor(), ct), "Notice.VisitRequestDateAccepted", cancellationToken);

    public Task<IActionResult> OnPostAskAgainAsync(string reference, [FromForm] VisitRequestStepInput input, CancellationToken cancellationToken) =>
        StepAsync(reference, input, ct => requests.AskAgainAsync(reference, StepInput, HttpContext.Actor(), ct), "Notice.VisitRequestAskedAgain", cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(string reference, [FromForm] VisitRequestStepInput input, CancellationToken cancellationToken) =>
        StepAsync(reference, input, ct => requests.WithdrawAsync(reference, StepInput, HttpContext.Actor(), ct), "Notice.VisitRequestWithdrawn", cancellationToken);

    private async Task<IActionResult> StepAsync(
        string reference, VisitRequestStepInput? input, Func<CancellationToken, Task<VisitRequestRecord>> step, string notice, CancellationToken cancellationToken)
    {
        StepInput = input ?? new();
        try
        {
            await step(cancellationToken);
            TempData["Notice"] = notice;
            return RedirectToPage("/Visits/Requests/Details", new { reference });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
        catch (DomainRuleException refusal)
        {
            Errors.Add(refusal.Field, refusal);
        }
        catch (ConflictException stale)
        {
            // The page shows the request as it is now, with the new version, so the reader can decide again.
            Errors.Add("version", stale);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            Record = await requests.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
