using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Web.Api;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Tracing.Review;

/// <summary>The review worklist: registry persons matching proposed for enquiries, newest first, with why each appeared.</summary>
[Authorize(Policy = Policies.EnquiriesRead)]
public sealed class IndexModel(EnquiryReviewService review) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public PagedResult<EnquiryCandidateSummary>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Result = await review.ListAsync(EnquiryMatchingDtoMapping.ParseState(State), PageNumber, null, HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Tracing/Review/Index", new { state = State, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
