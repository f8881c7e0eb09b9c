using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Exchanges.Medical;

/// <summary>Proposes a seriously wounded or sick prisoner (?person=KL-…) to the mixed medical commission; the diagnosis is sealed as it is saved.</summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class NewModel(MedicalCaseService cases) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty]
    public string? Grounds { get; set; }

    [BindProperty]
    public string? Diagnosis { get; set; }

    [BindProperty]
    public string? ProposedBy { get; set; }

    [BindProperty]
    public string? ProposedOn { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var proposed = await cases.ProposeAsync(new MedicalCaseInput { Person = Person, Grounds = Grounds, Diagnosis = Diagnosis, ProposedBy = ProposedBy, ProposedOn = ProposedOn },
                HttpContext.Actor(), cancellationToken);
            return RedirectToPage("/Exchanges/Medical/Details", new { reference = proposed.Case.Reference });
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }

        return Page();
    }
}
