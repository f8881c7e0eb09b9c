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
/// Takes a parcel in: for whom, the enquiry it belongs to, the sender, and its contents as rows. A fixed number of blank
/// rows works without script; blank rows are ignored.
/// </summary>
[Authorize(Policy = Policies.MailWork)]
public sealed class NewModel(ParcelService parcels, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : PageModel
{
    public const int Rows = 8;

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Enquiry { get; set; }

    [BindProperty]
    public string? SenderName { get; set; }

    [BindProperty]
    public string? SenderAddress { get; set; }

    [BindProperty]
    public List<ParcelLineInput> Lines { get; set; } = [];

    public FormErrors Errors { get; } = new();

    public void OnGet() => Pad();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Rows left blank are dropped first, so an error's line number is the row the reader sees when the form comes back.
        Lines = [.. Lines.Where(l => !l.IsBlank)];
        try
        {
            var created = await parcels.CreateAsync(new ParcelInput { Person = Person, Enquiry = Enquiry, SenderName = SenderName, SenderAddress = SenderAddress, Lines = Lines },
                await MailParcelEndpoints.MayReadSenderAsync(authorization, HttpContext), HttpContext.Actor(), cancellationToken);
            return RedirectToPage("/Mail/Parcels/Details", new { reference = created.Summary.Reference });
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
        catch (DomainRuleException refusal)
        {
            Errors.Add(refusal.Field, refusal);
        }

        Pad();
        return Page();
    }

    private void Pad()
    {
        while (Lines.Count < Rows)
        {
            Lines.Add(new ParcelLineInput());
        }
    }
}
