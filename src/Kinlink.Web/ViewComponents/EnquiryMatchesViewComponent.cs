using Kinlink.Data.Tracing;
using Kinlink.Domain.Tracing;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kinlink.Web.ViewComponents;

/// <summary>
/// An enquiry's matches, for its page: the registry persons proposed (with their state), the other enquiries that may
/// seek the same person, and the enquiries of its case. The page that places it already requires EnquiriesRead.
/// </summary>
public sealed class EnquiryMatchesViewComponent(EnquiryReviewService review, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(EnquiryId enquiryId)
    {
        var actor = HttpContext.Actor();
        var key = enquiryId.Value.ToString();
        var enquiryCase = await review.CaseOfAsync(key, actor, HttpContext.RequestAborted);
        var model = new EnquiryMatchesView(
            enquiryCase.Enquiries.Single(e => e.Id == enquiryId).Reference,
            await review.CandidatesOfAsync(key, actor, HttpContext.RequestAborted),
            await review.SimilarAsync(key, actor, HttpContext.RequestAborted),
            enquiryCase,
            (await authorization.AuthorizeAsync(HttpContext.User, Policies.EnquiriesWrite)).Succeeded);
        // "_Default", not "Default": a view whose name starts with an underscore is never taken for a page.
        return View("_Default", model);
    }
}

/// <summary>What the <see cref="EnquiryMatchesViewComponent"/> shows.</summary>
/// <param name="CanLink">The reader may link and unlink enquiries (EnquiriesWrite): the forms are shown only then.</param>
public sealed record EnquiryMatchesView(
    string Reference, IReadOnlyList<EnquiryCandidateSummary> Candidates, IReadOnlyList<SimilarEnquiry> Similar, EnquiryCase Case, bool CanLink);
