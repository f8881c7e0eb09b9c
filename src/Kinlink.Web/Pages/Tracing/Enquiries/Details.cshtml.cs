using Kinlink.Data.Mail;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Tracing.Enquiries;

/// <summary>
/// One enquiry and its case: every field, the status with a form to change it, the located person's consent, the history,
/// contacts with the enquirer and the letters that may be printed now. Reading needs EnquiriesRead; each form needs EnquiriesWrite.
/// </summary>
[Authorize(Policy = Policies.EnquiriesRead)]
public sealed class DetailsModel(EnquiryService enquiries, EnquiryCaseService cases, EnquiryReviewService review, MessageService messages, Kinlink.Data.Exchanges.FamilyNewsService familyNews, IAuthorizationService authorization) : PageModel
{
    public EnquiryRecord Record { get; private set; } = null!;

    public IReadOnlyList<EnquiryEventRecord> Events { get; private set; } = [];

    public IReadOnlyList<EnquiryContact> Contacts { get; private set; } = [];

    public IReadOnlyList<LetterTemplate> Letters { get; private set; } = [];

    public FamilyAnswer Answer { get; private set; }

    public bool CanChange { get; private set; }

    /// <summary>The case's messages both ways, for those who carry mail (MailWork); null for the others, who see no section.</summary>
    public IReadOnlyList<MessageSummary>? Messages { get; private set; }

    /// <summary>Outcomes for the case's person (release, repatriation, death) the family has not been told of yet, for those who tell them (EnquiriesWrite).</summary>
    public IReadOnlyList<Kinlink.Data.Exchanges.FamilyNewsEntry> NewsToTell { get; private set; } = [];

    public StatusChangeInput StatusInput { get; private set; } = new();

    public SharingConsentInput ConsentInput { get; private set; } = new();

    public ContactInput ContactInput { get; private set; } = new();

    public FormErrors StatusErrors { get; } = new();

    public FormErrors ConsentErrors { get; } = new();

    public FormErrors ContactErrors { get; } = new();

    public FormErrors LetterErrors { get; } = new();

    public FormErrors CaseErrors { get; } = new();

    /// <summary>Every form's errors, for the one error summary at the top of the page.</summary>
    public FormErrors AllErrors
    {
        get
        {
            var all = new FormErrors();
            foreach (var error in new[] { StatusErrors, ConsentErrors, ContactErrors, LetterErrors, CaseErrors }.SelectMany(e => e.All))
            {
                all.Add(error.Field, error.Message);
            }

            return all;
        }
    }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostStatusAsync(string reference, [FromForm] StatusChangeInput input, CancellationToken cancellationToken) =>
        ChangeAsync(reference, StatusErrors, () => StatusInput = input ?? new(), ct => cases.ChangeStatusAsync(reference, StatusInput, HttpContext.Actor(), ct), "Notice.EnquiryStatusChanged", cancellationToken);

    public Task<IActionResult> OnPostConsentAsync(string reference, [FromForm] SharingConsentInput input, CancellationToken cancellationToken) =>
        ChangeAsync(reference, ConsentErrors, () => ConsentInput = input ?? new(), ct => cases.RecordConsentAsync(reference, ConsentInput, HttpContext.Actor(), ct), "Notice.EnquiryConsentRecorded", cancellationToken);

    public Task<IActionResult> OnPostContactAsync(string reference, [FromForm] ContactInput input, CancellationToken cancellationToken) =>
        ChangeAsync(reference, ContactErrors, () => ContactInput = input ?? new(), ct => cases.AddContactAsync(reference, ContactInput, HttpContext.Actor(), ct), "Notice.EnquiryContactRecorded", cancellationToken);

    /// <summary>Links this enquiry's case with another enquiry's (a mother's and a wife's about the same man): a caseworker's decision, with a reason.</summary>
    public Task<IActionResult> OnPostLinkCaseAsync(string reference, string? withEnquiry, string? caseReason, CancellationToken cancellationToken) =>
        ChangeAsync(reference, CaseErrors, () => { }, ct => review.LinkCaseAsync(reference, withEnquiry, caseReason, HttpContext.Actor(), ct), "Notice.EnquiryCaseLinked", cancellationToken);

    /// <summary>Takes this enquiry out of its case into one of its own, with a reason.</summary>
    public Task<IActionResult> OnPostUnlinkCaseAsync(string reference, string? caseReason, CancellationToken cancellationToken) =>
        ChangeAsync(reference, CaseErrors, () => { }, ct => review.UnlinkCaseAsync(reference, caseReason, HttpContext.Actor(), ct), "Notice.EnquiryCaseUnlinked", cancellationToken);

    /// <summary>Records the letter as sent (an outgoing contact by letter) and opens it for printing.</summary>
    public async Task<IActionResult> OnPostLetterAsync(string reference, string? template, string? lang, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EnquiriesWrite)).Succeeded)
        {
            return Forbid();
        }

        try
        {
            var (letter, _) = await cases.PrintLetterAsync(reference, template, lang, HttpContext.Actor(), cancellationToken);
            return RedirectToPage("/Tracing/Enquiries/Letter", new { reference, template = TracingCodes.Of(letter.Template), lang = TracingCodes.Of(letter.Language) });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationFailedException failure)
        {
            LetterErrors.Add(failure);
        }
        catch (DomainRuleException refusal)
        {
            LetterErrors.Add(refusal.Field, refusal);
        }

        return await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
    }

    private async Task<IActionResult> ChangeAsync<T>(
        string reference, FormErrors errors, Action keepInput, Func<CancellationToken, Task<T>> change, string notice, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EnquiriesWrite)).Succeeded)
        {
            return Forbid();
        }

        keepInput();
        try
        {
            await change(cancellationToken);
            TempData["Notice"] = notice;
            return RedirectToPage("/Tracing/Enquiries/Details", new { reference });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationFailedException failure)
        {
            errors.Add(failure);
        }
        catch (DomainRuleException refusal)
        {
            errors.Add(refusal.Field, refusal);
        }
        catch (ConflictException stale)
        {
            // The page shows the case as it is now, with the new version, so the reader can decide again.
            errors.Add("version", stale);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            Record = await enquiries.GetAsync(reference, HttpContext.Actor(), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        var enquiry = Record.Enquiry;
        Events = await cases.EventsAsync(reference, HttpContext.Actor(), cancellationToken);
        Contacts = await cases.ContactsAsync(reference, HttpContext.Actor(), cancellationToken);
        Letters = LetterRules.Printable(enquiry);
        Answer = FamilyDisclosure.For(enquiry);
        CanChange = (await authorization.AuthorizeAsync(User, Policies.EnquiriesWrite)).Succeeded;
        NewsToTell = CanChange ? await familyNews.OfEnquiryAsync(enquiry.Id, HttpContext.Actor(), cancellationToken) : [];
        Messages = (await authorization.AuthorizeAsync(User, Policies.MailWork)).Succeeded
            ? await messages.ForEnquiryAsync(enquiry.Reference.Value, HttpContext.Actor(), cancellationToken)
            : null;
        return true;
    }
}
