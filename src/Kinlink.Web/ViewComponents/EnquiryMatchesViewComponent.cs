using Kinlink.Data.Tracing;
using Kinlink.Domain.Tracing;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Kinlink.Web.ViewComponents;

/// <summary>
/// An enquiry's matches, for its page: the registry persons proposed (with their state), the other enquiries that may
/// seek the same person, and the enquiries of its case. The page that places it already requires EnquiriesRead.
/// </summary>
public sealed class EnquiryMatchesViewComponent(EnquiryReviewService review) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(EnquiryId enquiryId)
    {
        var actor = HttpContext.Actor();
        var key = enquiryId.Value.ToString();
        var model = new EnquiryMatchesView(
            await review.CandidatesOfAsync(key, actor, HttpContext.RequestAborted),
            await review.SimilarAsync(key, actor, HttpContext.RequestAborted),
            await review.CaseOfAsync(key, actor, HttpContext.RequestAborted));
        // "_Default", not "Default": a view whose name starts with an underscore is never taken for a page.
        return View("_Default", model);
    }
}

/// <summary>What the <see cref="EnquiryMatchesViewComponent"/> shows.</summary>
public sealed record EnquiryMatchesView(IReadOnlyList<EnquiryCandidateSummary> Candidates, IReadOnlyList<SimilarEnquiry> Similar, EnquiryCase Case);
