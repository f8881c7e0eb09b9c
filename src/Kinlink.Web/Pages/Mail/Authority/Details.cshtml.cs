using Kinlink.Data.Mail;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Mail.Authority;

/// <summary>
/// One message or parcel at a place the officer's party holds, read as the censoring authority reads it, with the
/// answers the authority gives: the check of a message, delivery confirmed (a parcel against the signed receipt), or why
/// it could not be delivered. Another party's item is not found.
/// </summary>
[Authorize(Policy = Policies.MailAuthority)]
public sealed class DetailsModel(MailAuthorityService mail) : PageModel
{
    public MailAuthorityItemDetail Detail { get; private set; } = null!;

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? CheckOutcome { get; set; }

    [BindProperty]
    public string? CheckNote { get; set; }

    [BindProperty]
    public string? DeliveryNote { get; set; }

    [BindProperty]
    public string? ReceiptSigner { get; set; }

    [BindProperty]
    public string? ReceiptSignerName { get; set; }

    [BindProperty]
    public string? UndeliverableReason { get; set; }

    [BindProperty]
    public string? UndeliverableNote { get; set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostCheckAsync(string reference, CancellationToken cancellationToken) =>
        AnswerAsync(reference, "checkOutcome", "Notice.MailChecked",
            () => mail.CheckAsync(reference, new MailCheckInput { Outcome = CheckOutcome, Note = CheckNote, Version = Version }, HttpContext.Actor(), cancellationToken),
            field => field switch { "outcome" => "checkOutcome", "note" => "checkNote", _ => "checkOutcome" }, cancellationToken);

    public Task<IActionResult> OnPostDeliveredAsync(string reference, CancellationToken cancellationToken) =>
        AnswerAsync(reference, "deliveryNote", "Notice.MailDelivered",
            () => mail.DeliverAsync(reference, new MailDeliveryInput { Note = DeliveryNote, ReceiptSigner = ReceiptSigner, ReceiptSignerName = ReceiptSignerName, Version = Version }, HttpContext.Actor(), cancellationToken),
            field => field switch { "receiptSigner" => "receiptSigner", "receiptSignerName" => "receiptSignerName", _ => "deliveryNote" }, cancellationToken);

    public Task<IActionResult> OnPostUndeliverableAsync(string reference, CancellationToken cancellationToken) =>
        AnswerAsync(reference, "undeliverableReason", "Notice.MailUndeliverable",
            () => mail.MarkUndeliverableAsync(reference, new MailUndeliverableInput { Reason = UndeliverableReason, Note = UndeliverableNote, Version = Version }, HttpContext.Actor(), cancellationToken),
            field => field switch { "reason" => "undeliverableReason", "note" => "undeliverableNote", _ => "undeliverableReason" }, cancellationToken);

    private async Task<IActionResult> AnswerAsync(string reference, string mainField, string notice, Func<Task<MailAuthorityItemDetail>> answer, Func<string, string> rename, CancellationToken cancellationToken)
    {
        try
        {
            await answer();
            TempData["Notice"] = notice;
            return RedirectToPage("/Mail/Authority/Details", new { reference });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure, rename);
        }
        catch (DomainRuleException refusal)
        {
            Errors.Add(mainField, refusal);
        }
        catch (ConflictException stale)
        {
            Errors.Add(mainField, stale);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            Detail = await mail.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
