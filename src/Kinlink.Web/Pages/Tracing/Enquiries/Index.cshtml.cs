using Kinlink.Data.Registry;
using Kinlink.Data.Reports;
using Kinlink.Domain.Common;
using System.Globalization;
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
public sealed class IndexModel(EnquiryService enquiries, ReportService reports, TimeProvider clock, IStringLocalizer<SharedResource> localizer, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : PageModel
{
    /// <summary>A text found in the sought person's or the enquirer's name, in any script, or an enquiry reference.</summary>
    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>Only enquiries opened at least this many days ago.</summary>
    [BindProperty(SupportsGet = true)]
    public string? MinAge { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public PagedResult<EnquirySummary>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public bool CanOpen { get; private set; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Text) || !string.IsNullOrWhiteSpace(Status) || !string.IsNullOrWhiteSpace(MinAge);

    /// <summary>Today, for the age column: the service's clock, so the page and the report count days alike.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanOpen = (await authorization.AuthorizeAsync(User, Policies.EnquiriesWrite)).Succeeded;
        try
        {
            Result = await enquiries.ListAsync(Query() with { Page = PageNumber }, HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Tracing/Enquiries/Index", new { q = Text, status = Status, minAge = MinAge, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }

    public Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken cancellationToken) =>
        ReportDownload.FileAsync(this, format, localizer, clock, () => reports.EnquiriesAsync(Query(), HttpContext.Actor(), cancellationToken));

    /// <summary>The filters as the service takes them; an unknown status or an age that is not a whole number is refused by field.</summary>
    private EnquiryQuery Query()
    {
        EnquiryStatus? status = null;
        if (!string.IsNullOrWhiteSpace(Status))
        {
            status = TracingCodes.TryParse<EnquiryStatus>(Status, TracingCodes.Of, out var parsed)
                ? parsed
                : throw new ValidationFailedException("status", localizer["Enquiries.StatusUnknown"]);
        }

        int? minAge = null;
        if (!string.IsNullOrWhiteSpace(MinAge))
        {
            minAge = int.TryParse(MinAge.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days)
                ? days
                : throw new ValidationFailedException("minAge", localizer["Enquiries.MinAgeInvalid"]);
        }

        return new EnquiryQuery(status, Text, MinAgeDays: minAge);
    }
}
