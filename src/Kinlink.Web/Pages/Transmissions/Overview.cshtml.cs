using Kinlink.Data.Registry;
using Kinlink.Data.Transmissions;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Transmissions;

/// <summary>The intermediary's view of what the parties have not acknowledged, and for how long.</summary>
[Authorize(Policy = Policies.TransmissionsOversee)]
public sealed class OverviewModel(TransmissionService transmissions, PartyService parties) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public TransmissionOverview? Overview { get; private set; }

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        try
        {
            Overview = await transmissions.OverviewAsync(Party, PageNumber, null, HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Overview.Unacknowledged, page => Url.Page("/Transmissions/Overview", new { party = Party, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
