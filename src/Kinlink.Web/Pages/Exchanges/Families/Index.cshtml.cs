using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Exchanges.Families;

/// <summary>
/// The families to tell: open enquiries whose person was released, repatriated or died, longest waiting first, each with a
/// form to record that the family was told (and, for a death, to move the case to reported-dead). It names enquirers, so
/// it takes the enquiries' write policy, as recording a contact in a case does.
/// </summary>
[Authorize(Policy = Policies.EnquiriesWrite)]
public sealed class IndexModel(FamilyNewsService news) : PageModel
{
    public IReadOnlyList<FamilyNewsEntry> Entries { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    [BindProperty]
    public string? Enquiry { get; set; }

    [BindProperty]
    public FamilyInformedInput Informed { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Entries = await news.WorklistAsync(HttpContext.Actor(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var told = await news.InformedAsync(Enquiry ?? "", Informed, HttpContext.Actor(), cancellationToken);
            Done = told.EnquiryReference;
            return RedirectToPage("/Exchanges/Families/Index");
        }
        catch (NotFoundException)
        {
            Errors.Add("enquiry", $"No enquiry {Enquiry}.");
        }
        catch (Exception refusal) when (Errors.AddRefusal(refusal))
        {
            // Shown by field on the page below.
        }

        Entries = await news.WorklistAsync(HttpContext.Actor(), cancellationToken);
        return Page();
    }
}
