using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Tracing;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Tracing.Enquiries;

[Authorize(Policy = Policies.EnquiriesRead)]
public sealed class IndexModel(EnquiryService enquiries, IStringLocalizer<SharedResource> localizer, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : PageModel
{
    /// <summary>A text found in the sought person's or the enquirer's name, in any script, or an enquiry reference.</summary>
    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public PagedResult<EnquirySummary>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public bool CanOpen { get; private set; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Text) || !string.IsNullOrWhiteSpace(Status);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanOpen = (await authorization.AuthorizeAsync(User, Policies.EnquiriesWrite)).Succeeded;
        EnquiryStatus? status = null;
        if (!string.IsNullOrWhiteSpace(Status))
        {
            if (TracingCodes.TryParse<EnquiryStatus>(Status, TracingCodes.Of, out var parsed))
            {
                status = parsed;
            }
            else
            {
                Errors.Add("status", localizer["Enquiries.StatusUnknown"]);
                return;
            }
        }

        Result = await enquiries.ListAsync(new EnquiryQuery(status, Text, PageNumber), HttpContext.Actor(), cancellationToken);
        Pager = Pager.For(Result, page => Url.Page("/Tracing/Enquiries/Index", new { q = Text, status = Status, page }));
    }
}
