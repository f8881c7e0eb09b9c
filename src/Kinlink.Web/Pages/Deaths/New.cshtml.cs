using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Deaths;

/// <summary>Records a notification of death for a registry person (?person=KL-…), whose identity the registry gives.</summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class NewModel(DeathNotificationService deaths) : PageModel
{
    [BindProperty(Name = "person", SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty]
    public DeathNotificationInput Input { get; set; } = new();

    public DeceasedIdentity? Identity { get; private set; }

    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = Input with { Person = Person };
        await IdentifyAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input = Input with { Person = Person };
        var reference = "";
        if (await Errors.TryAsync(async () => reference = (await deaths.RecordAsync(Input, HttpContext.Actor(), cancellationToken)).Notification.Reference))
        {
            return RedirectToPage("/Deaths/Details", new { reference });
        }

        await IdentifyAsync(cancellationToken);
        return Page();
    }

    private async Task IdentifyAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Person))
        {
            return;
        }

        try
        {
            Identity = await deaths.IdentityAsync(Person, HttpContext.Actor(), cancellationToken);
        }
        catch (ValidationFailedException failure) when (!Errors.Any)
        {
            Errors.Add(failure);
        }
        catch (ValidationFailedException)
        {
            // The post's own errors already name the person.
        }
    }
}
