using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;

namespace Kinlink.Web.Pages.Registry.Places;

[Authorize(Policy = Policies.RegistryRead)]
public sealed class IndexModel(PlaceService places, PartyService parties) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    /// <summary>"open", "closed" or empty for both.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Open { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public PagedResult<PlaceSummary>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Party) || !string.IsNullOrWhiteSpace(Open);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        bool? open = Open switch
        {
            "open" => true,
            "closed" => false,
            _ => null,
        };
        try
        {
            Result = await places.ListAsync(Party, open, PageNumber, null, HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Registry/Places/Index", new { party = Party, open = Open, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
