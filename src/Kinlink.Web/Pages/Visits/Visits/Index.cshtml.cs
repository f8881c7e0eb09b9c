using Kinlink.Data.Registry;
using Kinlink.Data.Reports;
using Microsoft.Extensions.Localization;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Visits.Visits;

/// <summary>The visits recorded, newest first, filtered by place, detaining party and dates.</summary>
[Authorize(Policy = Policies.VisitsWork)]
public sealed class IndexModel(VisitService visits, PlaceService places, PartyService parties, ReportService reports, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public PagedResult<VisitSummary>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public IReadOnlyList<Choice> Places { get; private set; } = [];

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public bool IsFiltered => new[] { Place, Party, From, To }.Any(v => !string.IsNullOrWhiteSpace(v));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Places = await PlaceChoices.AllAsync(places, HttpContext.Actor(), cancellationToken);
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        try
        {
            Result = await visits.ListAsync(Query() with { Page = PageNumber }, HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Visits/Visits/Index", new { place = Place, party = Party, from = From, to = To, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }

    public Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken cancellationToken) =>
        ReportDownload.FileAsync(this, format, localizer, clock, () => reports.VisitsAsync(Query(), HttpContext.Actor(), cancellationToken));

    private VisitQuery Query() => new(Place, Party, From, To);
}
