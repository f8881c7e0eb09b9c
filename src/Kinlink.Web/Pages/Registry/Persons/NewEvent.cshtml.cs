using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Registry.Persons;

[Authorize(Policy = Policies.RegistryWrite)]
public sealed class NewEventModel(PersonService persons, PlaceService places) : PageModel
{
    public PersonRecord Record { get; private set; } = null!;

    public StatusEventInput Input { get; private set; } = new();

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Choice> Places { get; private set; } = [];

    /// <param name="kind">An event kind to preselect, as the health news worklist links here with health-news.</param>
    public async Task<IActionResult> OnGetAsync(string id, string? kind, CancellationToken cancellationToken)
    {
        try
        {
            Record = await persons.GetAsync(id, HttpContext.Actor(), cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        if (!Record.CanChange)
        {
            return Refused();
        }

        Input = new StatusEventInput { Kind = kind };
        Places = await PlaceChoices.AllAsync(places, HttpContext.Actor(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, [FromForm] StatusEventInput input, CancellationToken cancellationToken)
    {
        Input = input;
        try
        {
            var added = await persons.RecordEventAsync(id, input, null, HttpContext.Actor(), cancellationToken);
            TempData["Notice"] = added is null ? "Notice.EventAlreadyRecorded" : "Notice.EventRecorded";
            return RedirectToPage("/Registry/Persons/Details", new { id });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ForbiddenException)
        {
            Record = await persons.GetAsync(id, HttpContext.Actor(), cancellationToken);
            return Refused();
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure, ControlOf);
        }
        catch (DomainRuleException refusal)
        {
            Errors.Add(ControlOf(FormErrors.FieldId(refusal.Field)), refusal);
        }

        Record = await persons.GetAsync(id, HttpContext.Actor(), cancellationToken);
        Places = await PlaceChoices.AllAsync(places, HttpContext.Actor(), cancellationToken);
        return Page();
    }

    /// <summary>The timeline rules speak of the event as a whole (event) or of its date (eventDate): point at the matching control.</summary>
    private static string ControlOf(string field) => field switch
    {
        "event" => "kind",
        "eventDate" => "date",
        _ => field,
    };

    /// <summary>Set when the account's party may read the person but not change them: the page explains instead of showing the form.</summary>
    public bool ChangeRefused { get; private set; }

    private PageResult Refused()
    {
        ChangeRefused = true;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
