using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Tracing.Review;

/// <summary>
/// One candidate beside its enquiry with the engine's reasons, and the decision: confirm or reject, each with a reason.
/// Reading needs EnquiriesRead (the data protection officer reads too); deciding needs EnquiriesWrite, checked per handler
/// since a page has one policy for all its handlers.
/// </summary>
[Authorize(Policy = Policies.EnquiriesRead)]
public sealed class CandidateModel(EnquiryReviewService review, IAuthorizationService authorization) : PageModel
{
    public EnquiryCandidateView View { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public bool CanDecide { get; private set; }

    public string? ConfirmReason { get; private set; }

    public string? RejectReason { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, [FromForm] string? confirmReason, [FromForm] int? version, CancellationToken cancellationToken)
    {
        ConfirmReason = confirmReason;
        return await DecideAsync(id, () => review.ConfirmAsync(new EnquiryCandidateId(id), confirmReason, version, HttpContext.Actor(), cancellationToken), "Notice.CandidateConfirmed", "confirmReason", cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, [FromForm] string? rejectReason, [FromForm] int? version, CancellationToken cancellationToken)
    {
        RejectReason = rejectReason;
        return await DecideAsync(id, () => review.RejectAsync(new EnquiryCandidateId(id), rejectReason, version, HttpContext.Actor(), cancellationToken), "Notice.CandidateRejected", "rejectReason", cancellationToken);
    }

    private async Task<IActionResult> DecideAsync(Guid id, Func<Task<EnquiryCandidate>> decision, string notice, string reasonControl, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EnquiriesWrite)).Succeeded)
        {
            return Forbid();
        }

        try
        {
            await decision();
            TempData["Notice"] = notice;
            return RedirectToPage("/Tracing/Review/Candidate", new { id });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure, field => field == "reason" ? reasonControl : field);
        }
        catch (ConflictException conflict)
        {
            Errors.Add("decision", conflict);
        }

        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            View = await review.GetAsync(new EnquiryCandidateId(id), HttpContext.Actor(), cancellationToken);
            CanDecide = (await authorization.AuthorizeAsync(User, Policies.EnquiriesWrite)).Succeeded;
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
