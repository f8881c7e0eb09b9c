using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Authorization;

namespace Kinlink.Web.Pages.Registry.Persons;

[Authorize(Policy = Policies.RegistryRead)]
public sealed class IndexModel(PersonService persons, PartyService parties, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? HeldBy { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public PagedResult<PersonSummary>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public bool IsFiltered => new[] { Name, Party, HeldBy, Status, Place }.Any(v => !string.IsNullOrWhiteSpace(v));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);

        PersonStatus? status = null;
        if (!string.IsNullOrWhiteSpace(Status))
        {
            if (RegistryCodes.TryParseStatus(Status, out var parsed))
            {
                status = parsed;
            }
            else
            {
                Errors.Add("status", localizer["Persons.StatusUnknown"]);
                return;
            }
        }

        try
        {
            Result = await persons.SearchAsync(new PersonQuery(Name, Party, HeldBy, status, Place, PageNumber), HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Registry/Persons/Index", new { name = Name, party = Party, heldBy = HeldBy, status = Status, place = Place, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
