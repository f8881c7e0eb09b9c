using Kinlink.Data.Exchanges;
using Kinlink.Data.Registry;
using Kinlink.Data.Reports;
using Microsoft.Extensions.Localization;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Exchanges;

/// <summary>The exchange operations, newest first, filtered by status and party; the way to a new one and to the module's other worklists.</summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class IndexModel(ExchangeService exchanges, PartyService parties, ReportService reports, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public PagedResult<ExchangeSummary>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        try
        {
            Result = await exchanges.ListAsync(Query() with { Page = PageNumber }, HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Exchanges/Index", new { status = Status, party = Party, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }

    public Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken cancellationToken) =>
        ReportDownload.FileAsync(this, format, localizer, clock, () => reports.ExchangesAsync(Query(), HttpContext.Actor(), cancellationToken));

    private ExchangeQuery Query() => new(Status, Party);
}
