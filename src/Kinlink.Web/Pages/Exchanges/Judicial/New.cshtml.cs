using Kinlink.Data.Exchanges;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Exchanges.Judicial;

/// <summary>Opens a judicial proceeding for a registry person (?person=KL-… fills the person in).</summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class NewModel(JudicialService judicial, PartyService parties) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty]
    public string? ProsecutingParty { get; set; }

    [BindProperty]
    public string? Charges { get; set; }

    [BindProperty]
    public string? LegalProvisions { get; set; }

    [BindProperty]
    public string? Court { get; set; }

    [BindProperty]
    public string? NotifiedOn { get; set; }

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var opened = await judicial.OpenAsync(new JudicialInput
            {
                Person = Person, ProsecutingParty = ProsecutingParty, Charges = Charges, LegalProvisions = LegalProvisions, Court = Court, NotifiedOn = NotifiedOn,
            }, HttpContext.Actor(), cancellationToken);
            return Redirect($"/Exchanges/Judicial/{opened.Summary.Reference}");
        }
        catch (Exception refusal) when (Errors.AddRefusal(refusal))
        {
            // Shown by field on the page below.
        }

        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        return Page();
    }
}
