using Kinlink.Data.Registry.Duplicates;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Registry.Duplicates;

/// <summary>One pair side by side with the engine's reasons, and the decision: merge (choosing the survivor), dismiss, or undo a merge.</summary>
[Authorize(Policy = Policies.DuplicatesReview)]
public sealed class PairModel(DuplicateReviewService duplicates) : PageModel
{
    public DuplicatePairView View { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public string? Survivor { get; private set; }

    public string? MergeReason { get; private set; }

    public string? DismissReason { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostMergeAsync(Guid id, [FromForm] string? survivor, [FromForm] string? mergeReason, [FromForm] int? version, CancellationToken cancellationToken)
    {
        (Survivor, MergeReason) = (survivor, mergeReason);
        return await DecideAsync(id, () => duplicates.MergeAsync(new DuplicatePairId(id), survivor, mergeReason, version, HttpContext.Actor(), cancellationToken), "Notice.PairMerged", "mergeReason", cancellationToken);
    }

    public async Task<IActionResult> OnPostDismissAsync(Guid id, [FromForm] string? dismissReason, [FromForm] int? version, CancellationToken cancellationToken)
    {
        DismissReason = dismissReason;
        return await DecideAsync(id, () => duplicates.DismissAsync(new DuplicatePairId(id), dismissReason, version, HttpContext.Actor(), cancellationToken), "Notice.PairDismissed", "dismissReason", cancellationToken);
    }

    public async Task<IActionResult> OnPostSplitAsync(Guid id, CancellationToken cancellationToken) =>
        await DecideAsync(id, async () =>
        {
            var pair = await duplicates.GetAsync(new DuplicatePairId(id), HttpContext.Actor(), cancellationToken);
            var merge = pair.Pair.MergeId ?? throw new ConflictException("This pair was not merged, so there is nothing to undo.");
            return await duplicates.SplitAsync(merge, null, HttpContext.Actor(), cancellationToken);
        }, "Notice.MergeSplit", "decision", cancellationToken);

    /// <param name="reasonControl">The form control the service's "reason" field is on: each form has its own.</param>
    private async Task<IActionResult> DecideAsync<T>(Guid id, Func<Task<T>> decision, string notice, string reasonControl, CancellationToken cancellationToken)
    {
        try
        {
            await decision();
            TempData["Notice"] = notice;
            return RedirectToPage("/Registry/Duplicates/Pair", new { id });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure, field => field == "reason" ? reasonControl : field);
        }
        catch (DomainRuleException refusal)
        {
            Errors.Add(refusal.Field, refusal);
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
            View = await duplicates.GetAsync(new DuplicatePairId(id), HttpContext.Actor(), cancellationToken);
            Survivor ??= View.ProposedSurvivorId.Value.ToString();
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
