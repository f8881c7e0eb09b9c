using Kinlink.Data.Registry;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Visits;

/// <summary>The visits home: every visit request with its status and whether its answer is overdue, filtered; a way to a new request.</summary>
[Authorize(Policy = Policies.VisitsWork)]
public sealed class IndexModel(VisitRequestService requests, PartyService parties, PlaceService places) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Priority { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public PagedResult<VisitRequestSummary>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public IReadOnlyList<Choice> PartyChoices { get; private set; } = [];

    public IReadOnlyList<Choice> PlaceChoices { get; private set; } = [];

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Party) || !string.IsNullOrWhiteSpace(Place) || !string.IsNullOrWhiteSpace(Status) || !string.IsNullOrWhiteSpace(Priority) || Overdue;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PartyChoices = await Presentation.PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        PlaceChoices = await Presentation.PlaceChoices.AllAsync(places, HttpContext.Actor(), cancellationToken);
        try
        {
            Result = await requests.ListAsync(new VisitRequestQuery(Party, Place, Status, Overdue, Priority, PageNumber), HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Visits/Index", new { party = Party, place = Place, status = Status, priority = Priority, overdue = Overdue ? "true" : null, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
