using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Duplicates;
using Kinlink.Domain.Common;
using Kinlink.Web.Api;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Registry.Duplicates;

/// <summary>The worklist of records the matching engine found likely or possibly the same person, likely first.</summary>
[Authorize(Policy = Policies.DuplicatesReview)]
public sealed class IndexModel(DuplicateReviewService duplicates) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public PagedResult<DuplicatePairSummary>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Result = await duplicates.ListAsync(DuplicateDtoMapping.ParseState(State), PageNumber, null, HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Registry/Duplicates/Index", new { state = State, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
