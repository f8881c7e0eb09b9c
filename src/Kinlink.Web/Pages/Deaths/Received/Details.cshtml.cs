using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Deaths.Received;

/// <summary>A notification of death as the party of origin received it (404 for another party's or one not transmitted), printable, with its certificate and the acknowledgement.</summary>
[Authorize(Policy = Policies.TransmissionsReceive)]
public sealed class DetailsModel(DeathNotificationService deaths) : PageModel
{
    public DeathNotificationView View { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcknowledgeAsync(string reference, CancellationToken cancellationToken) =>
        this.ChangeAsync(Errors, () => deaths.AcknowledgeAsync(reference, HttpContext.Actor(), cancellationToken), "/Deaths/Received/Details", new { reference },
            () => LoadAsync(reference, cancellationToken));

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            View = await deaths.GetReceivedAsync(reference, HttpContext.Actor(), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
