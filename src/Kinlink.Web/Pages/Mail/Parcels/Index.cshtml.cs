using Kinlink.Data.Mail;
using Kinlink.Data.Registry;
using Kinlink.Data.Reports;
using Microsoft.Extensions.Localization;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Mail.Parcels;

/// <summary>Parcels, newest first, filtered by status, person, enquiry and place, or only the refused ones.</summary>
[Authorize(Policy = Policies.MailWork)]
public sealed class IndexModel(ParcelService parcels, ReportService reports, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Enquiry { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Refused { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public PagedResult<ParcelSummary>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Result = await parcels.ListAsync(Query() with { Page = PageNumber }, HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Mail/Parcels/Index", new { status = Status, person = Person, enquiry = Enquiry, place = Place, refused = Refused ? "true" : null, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }

    public Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken cancellationToken) =>
        ReportDownload.FileAsync(this, format, localizer, clock, () => reports.ParcelsAsync(Query(), HttpContext.Actor(), cancellationToken));

    private ParcelQuery Query() => new(Status, Person, Enquiry, Place, null, Refused);
}
