using Kinlink.Data.Mail;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Mail.Batches;

/// <summary>A batch: its items, adding (by reference or every cleared item routed here) and removing them, and dispatching it.</summary>
[Authorize(Policy = Policies.MailWork)]
public sealed class DetailsModel(MailBatchService batches) : PageModel
{
    public MailBatchView Batch { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    [BindProperty]
    public string? Item { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddAsync(string reference, CancellationToken cancellationToken) =>
        ActAsync(reference, () => batches.AddItemsAsync(reference, new MailBatchItemsInput { Items = string.IsNullOrWhiteSpace(Item) ? [] : [Item] }, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAddAllAsync(string reference, CancellationToken cancellationToken) =>
        ActAsync(reference, () => batches.AddItemsAsync(reference, new MailBatchItemsInput { AllCleared = true }, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(string reference, CancellationToken cancellationToken) =>
        ActAsync(reference, () => batches.RemoveItemAsync(reference, Item ?? "", HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDispatchAsync(string reference, CancellationToken cancellationToken) =>
        ActAsync(reference, () => batches.DispatchAsync(reference, Version, HttpContext.Actor(), cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(string reference, Func<Task<MailBatchView>> act, CancellationToken cancellationToken)
    {
        try
        {
            var done = await act();
            return RedirectToPage("/Mail/Batches/Details", new { reference = done.Summary.Reference });
        }
        catch (NotFoundException missing)
        {
            // The batch itself may be unknown (404), or only the item named in the form (shown beside the field).
            if (!await LoadAsync(reference, cancellationToken))
            {
                return NotFound();
            }

            Errors.Add("item", missing);
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure, field => field.StartsWith("items", StringComparison.Ordinal) ? "item" : field);
        }
        catch (DomainRuleException refusal)
        {
            Errors.Add("item", refusal);
        }
        catch (ConflictException conflict)
        {
            Errors.Add("version", conflict);
        }

        return await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            Batch = await batches.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
