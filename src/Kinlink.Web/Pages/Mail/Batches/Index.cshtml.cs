using Kinlink.Data.Mail;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Mail.Batches;

/// <summary>Dispatch batches, open ones first, and the form to open a new one for a place of detention.</summary>
[Authorize(Policy = Policies.MailWork)]
public sealed class IndexModel(MailBatchService batches, PlaceService places) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    [BindProperty]
    public MailBatchInput Batch { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public PagedResult<MailBatchSummary>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public IReadOnlyList<Choice> Places { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var created = await batches.CreateAsync(Batch, HttpContext.Actor(), cancellationToken);
            return RedirectToPage("/Mail/Batches/Details", new { reference = created.Summary.Reference });
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure, field => "Batch." + field);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Places = await PlaceChoices.AllAsync(places, HttpContext.Actor(), cancellationToken);
        try
        {
            Result = await batches.ListAsync(new MailBatchQuery(Status, null, PageNumber), HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Mail/Batches/Index", new { status = Status, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
