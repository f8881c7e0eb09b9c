using Kinlink.Data.Exchanges;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Exchanges.Judicial;

/// <summary>Judicial proceedings, newest first, filtered by stage, prosecuting party and person, or only those pending.</summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class IndexModel(JudicialService judicial, PartyService parties) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Pending { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public PagedResult<JudicialSummary>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        try
        {
            Result = await judicial.ListAsync(new JudicialQuery(Stage, Pending, Party, Person, PageNumber), HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Exchanges/Judicial/Index", new { stage = Stage, pending = Pending ? "true" : null, party = Party, person = Person, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
