using Kinlink.Data.Registry;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Visits.Coverage;

/// <summary>The persons overdue for a visit, never seen first, then those seen longest ago; by party or place.</summary>
[Authorize(Policy = Policies.VisitCoverageRead)]
public sealed class OverdueModel(VisitCoverageService coverage) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public PagedResult<OverduePerson>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Result = await coverage.OverdueAsync(Party, Place, PageNumber, null, HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Visits/Coverage/Overdue", new { party = Party, place = Place, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
