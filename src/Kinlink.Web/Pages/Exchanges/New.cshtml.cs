using Kinlink.Data.Exchanges;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Exchanges;

/// <summary>Records an exchange as the parties agreed it: who, on what terms, when and where.</summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class NewModel(ExchangeService exchanges, PartyService parties, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public string? PartyA { get; set; }

    [BindProperty]
    public string? PartyB { get; set; }

    [BindProperty]
    public string? Terms { get; set; }

    /// <summary>As typed, so a word in the number field comes back with an error rather than vanishing.</summary>
    [BindProperty]
    public string? CountPerSide { get; set; }

    [BindProperty]
    public string? Categories { get; set; }

    [BindProperty]
    public string? TermsNote { get; set; }

    [BindProperty]
    public string? PlannedDate { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var count = ExchangeForms.CountPerSide(CountPerSide, Errors, localizer);
        try
        {
            var input = new ExchangeInput { PartyA = PartyA, PartyB = PartyB, Terms = Terms, CountPerSide = count, Categories = Categories, TermsNote = TermsNote, PlannedDate = PlannedDate, Place = Place };
            if (Errors.Any)
            {
                Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
                return Page();
            }

            var created = await exchanges.CreateAsync(input, HttpContext.Actor(), cancellationToken);
            return Redirect($"/Exchanges/{created.Operation.Reference}");
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }

        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        return Page();
    }
}
