using Kinlink.Data.Mail;
using Kinlink.Domain.Common;
using Kinlink.Web.Api;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Mail.Parcels;

/// <summary>
/// One parcel: its contents, the reasons it was refused, where it is going, its trail, and the forms to record its
/// delivery against the signed receipt, that it cannot be delivered, or its return to the sender.
/// </summary>
[Authorize(Policy = Policies.MailWork)]
public sealed class DetailsModel(ParcelService parcels, IAuthorizationService authorization) : PageModel
{
    public ParcelView Parcel { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    [BindProperty]
    public ParcelDeliveryInput Delivery { get; set; } = new();

    [BindProperty]
    public MailOutcomeInput Outcome { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostDeliverAsync(string reference, CancellationToken cancellationToken) =>
        ActAsync(reference, async mayRead => await parcels.DeliverAsync(reference, Delivery, mayRead, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUndeliverableAsync(string reference, CancellationToken cancellationToken) =>
        ActAsync(reference, async mayRead => await parcels.MarkUndeliverableAsync(reference, Outcome, mayRead, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(string reference, CancellationToken cancellationToken) =>
        ActAsync(reference, async mayRead => await parcels.ReturnAsync(reference, Outcome, mayRead, HttpContext.Actor(), cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(string reference, Func<bool, Task<ParcelView>> act, CancellationToken cancellationToken)
    {
        try
        {
            var done = await act(await MailParcelEndpoints.MayReadSenderAsync(authorization, HttpContext));
            return RedirectToPage("/Mail/Parcels/Details", new { reference = done.Summary.Reference });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
        catch (DomainRuleException refusal)
        {
            Errors.Add(refusal.Field, refusal);
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
            Parcel = await parcels.GetAsync(reference, await MailParcelEndpoints.MayReadSenderAsync(authorization, HttpContext), HttpContext.Actor(), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
