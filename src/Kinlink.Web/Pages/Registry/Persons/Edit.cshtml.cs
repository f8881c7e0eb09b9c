using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Registry.Persons;

[Authorize(Policy = Policies.RegistryWrite)]
public sealed class EditModel(PersonService persons, PartyService parties) : PageModel
{
    public PersonRecord Record { get; private set; } = null!;

    public PersonInput Input { get; private set; } = new();

    /// <summary>The version the form was filled in from; posted back so a change made meanwhile is not overwritten.</summary>
    public int Version { get; private set; }

    public FormErrors Errors { get; } = new();

    /// <summary>Set when someone else changed the record since the form was opened: the message of the refusal.</summary>
    public string? StaleVersionMessage { get; private set; }

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            Record = await persons.GetAsync(id, HttpContext.Actor(), cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        if (!Record.CanChange || Record.Person is not { } person)
        {
            return Refused();
        }

        Input = InputOf(person, Record.DependsOn);
        Version = person.Version;
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, [FromForm] PersonInput input, [FromForm] int version, CancellationToken cancellationToken)
    {
        Input = input;
        Version = version;
        string? conflictMessage = null;
        try
        {
            var updated = await persons.UpdateAsync(id, input, version, HttpContext.Actor(), cancellationToken);
            TempData["Notice"] = "Notice.PersonSaved";
            return RedirectToPage("/Registry/Persons/Details", new { id = updated.Reference.Value });
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
            Errors.Add(failure);
        }
        catch (ConflictException conflict)
        {
            conflictMessage = MessageTranslator.InReadersLanguage(conflict.Message);
        }

        Record = await persons.GetAsync(id, HttpContext.Actor(), cancellationToken);
        if (conflictMessage is not null && Record.Person?.Version != version)
        {
            StaleVersionMessage = conflictMessage;
        }
        else if (conflictMessage is not null)
        {
            // The form was current, so the clash is the service number: it belongs to someone else.
            Errors.Add("serviceNumber", conflictMessage);
        }

        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        return Page();
    }

    private static PersonInput InputOf(Kinlink.Domain.Registry.Person p, Kinlink.Domain.Registry.Party? dependsOn)
    {
        return new PersonInput
        {
            Category = RegistryCodes.Of(p.Category),
            Surname = p.Surname,
            GivenName = p.GivenName,
            Patronymic = p.Patronymic,
            Sex = RegistryCodes.Of(p.Sex),
            DateOfBirth = p.DateOfBirth?.ToString(),
            PlaceOfBirth = p.PlaceOfBirth,
            Rank = p.Rank,
            ServiceNumber = p.ServiceNumber,
            DependsOn = dependsOn?.Code,
            FatherName = p.FatherName,
            MotherMaidenName = p.MotherMaidenName,
            InformName = p.InformName,
            InformAddress = p.InformAddress,
            CorrespondenceAddress = p.CorrespondenceAddress,
            Languages = p.Languages,
        };
    }

    /// <summary>Set when the account's party may read the person but not change them: the page explains instead of showing the form.</summary>
    public bool ChangeRefused { get; private set; }

    private PageResult Refused()
    {
        ChangeRefused = true;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
