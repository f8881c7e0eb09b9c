using Kinlink.Data.Mail;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Mail.Messages;

/// <summary>
/// One message: where it is, its trail, the message it answers and the replies, the scan; the text and the family member
/// only for the text permission (MailText). Actions: the authority's check as reported, delivery, undeliverable, reply, scan.
/// </summary>
[Authorize(Policy = Policies.MailWork)]
public sealed class DetailsModel(MessageService messages, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public MessageRecord Record { get; private set; } = null!;

    public bool CanReadText { get; private set; }

    public MessageText? Text { get; private set; }

    public FormErrors Errors { get; } = new();

    /// <summary>Which form was refused, so its fields keep what was typed.</summary>
    public string? FailedForm { get; private set; }

    public string? PostedNote { get; private set; }

    public string? PostedVisit { get; private set; }

    public IReadOnlyList<Choice> Outcomes => MessageLabels.Choices<MessageCheckOutcome>(localizer, MessageLabels.Outcome, MailCodes.Of);

    public IReadOnlyList<Choice> Reasons => MessageLabels.Choices<UndeliverableReason>(localizer, MessageLabels.Reason, MailCodes.Of);

    /// <summary>The channels that fit the message's direction (the domain refuses the others).</summary>
    public IReadOnlyList<Choice> Channels => MessageLabels.Choices<DeliveryChannel>(localizer, MessageLabels.Channel, MailCodes.Of,
        c => Record.Message.GoesToDetainee ? c is DeliveryChannel.DelegateOnVisit or DeliveryChannel.AuthorityConfirmed : c is DeliveryChannel.ToFamily or DeliveryChannel.DelegateOnVisit);

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostCheckAsync(
        string reference, [FromForm(Name = "check.outcome")] string? outcome, [FromForm(Name = "check.note")] string? note, [FromForm(Name = "check.version")] int? version,
        CancellationToken cancellationToken) =>
        ChangeAsync(reference, "check", note, null, ct => messages.RecordCheckAsync(reference, new MessageCheckInput { Outcome = outcome, Note = note, Version = version }, HttpContext.Actor(), ct),
            "Notice.MessageChecked", cancellationToken);

    public Task<IActionResult> OnPostDeliverAsync(
        string reference, [FromForm(Name = "deliver.channel")] string? channel, [FromForm(Name = "deliver.visit")] string? visit, [FromForm(Name = "deliver.note")] string? note,
        [FromForm(Name = "deliver.version")] int? version, CancellationToken cancellationToken) =>
        ChangeAsync(reference, "deliver", note, visit, ct => messages.DeliverAsync(reference, new MessageDeliveryInput { Channel = channel, Visit = visit, Note = note, Version = version }, HttpContext.Actor(), ct),
            "Notice.MessageDelivered", cancellationToken);

    public Task<IActionResult> OnPostUndeliverableAsync(
        string reference, [FromForm(Name = "undeliverable.reason")] string? reason, [FromForm(Name = "undeliverable.note")] string? note, [FromForm(Name = "undeliverable.version")] int? version,
        CancellationToken cancellationToken) =>
        ChangeAsync(reference, "undeliverable", note, null, ct => messages.MarkUndeliverableAsync(reference, new MessageUndeliverableInput { Reason = reason, Note = note, Version = version }, HttpContext.Actor(), ct),
            "Notice.MessageUndeliverable", cancellationToken);

    public async Task<IActionResult> OnPostScanAsync(string reference, [FromForm(Name = "scan.file")] IFormFile? file, CancellationToken cancellationToken)
    {
        // Pages authorize per page, not per handler: the scan shows the text, so it needs the text permission.
        var mayReadText = (await authorization.AuthorizeAsync(User, Policies.MailText)).Succeeded;
        if (!mayReadText)
        {
            return Forbid();
        }

        await using var content = file?.OpenReadStream();
        return await ChangeAsync(reference, "scan", null, null, ct => messages.AttachScanAsync(reference, content, file?.FileName, mayReadText, HttpContext.Actor(), ct),
            "Notice.MessageScanAttached", cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync<T>(string reference, string form, string? note, string? visit, Func<CancellationToken, Task<T>> change, string notice, CancellationToken cancellationToken)
    {
        try
        {
            await change(cancellationToken);
            TempData["Notice"] = notice;
            return RedirectToPage("/Mail/Messages/Details", new { reference });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure, field => form + "." + field);
        }
        catch (DomainRuleException refusal)
        {
            Errors.Add(form + "." + refusal.Field, refusal);
        }
        catch (ConflictException stale)
        {
            Errors.Add(form + ".version", stale);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        FailedForm = form;
        PostedNote = note;
        PostedVisit = visit;
        return await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            Record = await messages.GetAsync(reference, HttpContext.Actor(), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        CanReadText = (await authorization.AuthorizeAsync(User, Policies.MailText)).Succeeded;
        if (CanReadText)
        {
            Text = await messages.ReadTextAsync(Record.Message.Reference, CanReadText, HttpContext.Actor(), cancellationToken);
        }

        return true;
    }
}
