using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Exchanges;

/// <summary>
/// One list entry: as listed, the persons matching proposes with the engine's explanation per field (a caseworker
/// chooses one or runs matching again), and its verification: identity, the private interview (caseworkers and
/// delegates only; reading the note is audited), medical category and blocking issue.
/// </summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class EntryModel(ExchangeService exchanges, IAuthorizationService authorization) : PageModel
{
    public ExchangeEntryDetail Detail { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public bool MayInterview { get; private set; }

    /// <summary>The interview note, opened on request only.</summary>
    public string? InterviewNote { get; private set; }

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Person { get; set; }

    [BindProperty]
    public string? Wish { get; set; }

    [BindProperty]
    public bool HeldInPrivate { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public string? Issue { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(reference, id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetNoteAsync(string reference, Guid id, CancellationToken cancellationToken)
    {
        if (!await MayInterviewAsync())
        {
            return Forbid();
        }

        if (!await LoadAsync(reference, id, cancellationToken))
        {
            return NotFound();
        }

        InterviewNote = await exchanges.ReadInterviewNoteAsync(reference, id, HttpContext.Actor(), cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostResolveAsync(string reference, Guid id, CancellationToken cancellationToken) =>
        ActAsync(reference, id, () => exchanges.ResolveAsync(reference, id, Change, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRematchAsync(string reference, Guid id, CancellationToken cancellationToken) =>
        ActAsync(reference, id, () => exchanges.RematchAsync(reference, id, Change, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostIdentityAsync(string reference, Guid id, CancellationToken cancellationToken) =>
        ActAsync(reference, id, () => exchanges.ConfirmIdentityAsync(reference, id, Change, HttpContext.Actor(), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostInterviewAsync(string reference, Guid id, CancellationToken cancellationToken) =>
        await MayInterviewAsync()
            ? await ActAsync(reference, id, () => exchanges.RecordInterviewAsync(reference, id, Change, HttpContext.Actor(), cancellationToken), cancellationToken)
            : Forbid();

    public Task<IActionResult> OnPostMedicalAsync(string reference, Guid id, CancellationToken cancellationToken) =>
        ActAsync(reference, id, () => exchanges.SetMedicalCategoryAsync(reference, id, Change, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostBlockingAsync(string reference, Guid id, CancellationToken cancellationToken) =>
        ActAsync(reference, id, () => exchanges.SetBlockingIssueAsync(reference, id, Change, HttpContext.Actor(), cancellationToken), cancellationToken);

    private ExchangeEntryChange Change => new()
    {
        Person = Person, Wish = Wish, HeldInPrivate = HeldInPrivate, Note = Note, Category = Category, Issue = Issue, Version = Version,
    };

    private async Task<bool> MayInterviewAsync() => (await authorization.AuthorizeAsync(User, Policies.ExchangesConfidential)).Succeeded;

    private async Task<IActionResult> ActAsync(string reference, Guid id, Func<Task> act, CancellationToken cancellationToken)
    {
        try
        {
            if (await Errors.TryAsync(act))
            {
                return Redirect($"/Exchanges/{reference}/Entries/{id}");
            }
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return await LoadAsync(reference, id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string reference, Guid id, CancellationToken cancellationToken)
    {
        MayInterview = await MayInterviewAsync();
        try
        {
            Detail = await exchanges.GetEntryAsync(reference, id, HttpContext.Actor(), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
