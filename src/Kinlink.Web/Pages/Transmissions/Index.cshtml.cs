using Kinlink.Data.Registry;
using Kinlink.Data.Transmissions;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Transmissions;

/// <summary>A party's feed: what the intermediary passed on about the party's nationals, to read and acknowledge.</summary>
[Authorize(Policy = Policies.TransmissionsReceive)]
public sealed class IndexModel(TransmissionService transmissions, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public PagedResult<TransmissionItem>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    /// <summary>The unacknowledged items of the page, which "acknowledge all shown" acknowledges.</summary>
    public IReadOnlyList<TransmissionItem> Waiting => Result?.Items.Where(i => !i.IsAcknowledged).ToList() ?? [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TransmissionStatusFilter filter;
        try
        {
            filter = TransmissionStatusFilters.Parse(Status);
        }
        catch (ValidationFailedException)
        {
            Errors.Add("status", localizer["Transmissions.StatusUnknown"]);
            return;
        }

        try
        {
            Result = await transmissions.FeedAsync(filter, PageNumber, null, HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Transmissions/Index", new { status = Status, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }

    /// <summary>Back to the list as it was shown; "page" is the page number here, so the page path is named explicitly.</summary>
    private LocalRedirectResult BackToList() => LocalRedirect(Url.Page("/Transmissions/Index", new { status = Status, page = PageNumber }) ?? "/Transmissions");

    public async Task<IActionResult> OnPostAcknowledgeAsync([FromForm] Guid id, CancellationToken cancellationToken)
    {
        await transmissions.AcknowledgeAsync(new TransmissionId(id), HttpContext.Actor(), cancellationToken);
        TempData["Notice"] = "Notice.TransmissionAcknowledged";
        return BackToList();
    }

    public async Task<IActionResult> OnPostAcknowledgeShownAsync([FromForm] List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids is { Count: > 0 })
        {
            await transmissions.AcknowledgeAsync(ids.Select(id => new TransmissionId(id)).ToList(), HttpContext.Actor(), cancellationToken);
            TempData["Notice"] = "Notice.TransmissionsAcknowledged";
        }

        return BackToList();
    }
}
