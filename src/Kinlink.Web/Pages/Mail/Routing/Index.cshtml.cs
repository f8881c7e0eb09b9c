using Kinlink.Data.Mail;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Mail.Routing;

/// <summary>
/// Mail that must follow its person: items to reroute after a transfer (one at a time or all at once), and items stopped
/// after a death or a release whose senders are still to be told.
/// </summary>
[Authorize(Policy = Policies.MailWork)]
public sealed class IndexModel(MailRoutingService routing) : PageModel
{
    public IReadOnlyList<MailRoutingEntry> Worklist { get; private set; } = [];

    public IReadOnlyList<MailStoppedEntry> Stopped { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    [BindProperty]
    public string? Item { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostRerouteAsync(CancellationToken cancellationToken) =>
        ActAsync(() => routing.RerouteAsync(new MailRerouteInput { Items = string.IsNullOrWhiteSpace(Item) ? [] : [Item] }, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRerouteAllAsync(CancellationToken cancellationToken) =>
        ActAsync(() => routing.RerouteAsync(new MailRerouteInput { All = true }, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSenderInformedAsync(CancellationToken cancellationToken) =>
        ActAsync(async () => await routing.SenderInformedAsync(Item ?? "", HttpContext.Actor(), cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(Func<Task> act, CancellationToken cancellationToken)
    {
        try
        {
            await act();
            return RedirectToPage("/Mail/Routing/Index");
        }
        catch (NotFoundException missing)
        {
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

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Worklist = await routing.WorklistAsync(HttpContext.Actor(), cancellationToken);
        Stopped = await routing.StoppedAsync(null, HttpContext.Actor(), cancellationToken);
    }
}
