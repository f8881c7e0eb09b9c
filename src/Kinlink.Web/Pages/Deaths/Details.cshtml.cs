using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Deaths;

/// <summary>One notification of death in the order of the form, its certificate, its transmission to the party of origin, and its packets of effects.</summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class DetailsModel(DeathNotificationService deaths) : PageModel
{
    public DeathNotificationView View { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCertificateAsync(string reference, [FromForm(Name = "file")] IFormFile? file, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        return await ActAsync(reference, async () => await deaths.AttachCertificateAsync(reference, content, file?.FileName, HttpContext.Actor(), cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostTransmitAsync(string reference, [FromForm] int? version, CancellationToken cancellationToken) =>
        ActAsync(reference, async () => await deaths.TransmitAsync(reference, version, HttpContext.Actor(), cancellationToken), cancellationToken);

    private Task<IActionResult> ActAsync(string reference, Func<Task<object>> act, CancellationToken cancellationToken) =>
        this.ChangeAsync(Errors, act, "/Deaths/Details", new { reference }, () => LoadAsync(reference, cancellationToken));

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            View = await deaths.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
