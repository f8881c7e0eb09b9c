using Kinlink.Data.Registry;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Visits.FollowUps;

/// <summary>The follow-up actions of all visits: the reader's own open ones first, overdue ones marked; filters by owner, state and overdue.</summary>
[Authorize(Policy = Policies.VisitsWork)]
public sealed class IndexModel(VisitFollowUpService followUps) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public PagedResult<VisitFollowUpView>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public string Me => HttpContext.Actor().UserName;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Result = await followUps.ListAsync(new VisitFollowUpQuery(Owner, State, Overdue, null, MineFirst: true, PageNumber), HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Visits/FollowUps/Index", new { owner = Owner, state = State, overdue = Overdue ? "true" : null, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
