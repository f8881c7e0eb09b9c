using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Registry.Persons;

[Authorize(Policy = Policies.RegistryWrite)]
public sealed class NewModel(PersonService persons, PartyService parties) : PageModel
{
    public PersonInput Input { get; private set; } = new() { Category = RegistryCodes.Of(Domain.Registry.PersonCategory.PrisonerOfWar) };

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);

    public async Task<IActionResult> OnPostAsync([FromForm] PersonInput input, CancellationToken cancellationToken)
    {
        Input = input;
        try
        {
            var person = await persons.RegisterAsync(input, HttpContext.Actor(), cancellationToken);
            TempData["Notice"] = "Notice.PersonRegistered";
            return RedirectToPage("/Registry/Persons/Details", new { id = person.Reference.Value });
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
        catch (ConflictException clash)
        {
            // The only clash on registering: the service number is already someone else's.
            Errors.Add("serviceNumber", clash);
        }

        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        return Page();
    }
}
