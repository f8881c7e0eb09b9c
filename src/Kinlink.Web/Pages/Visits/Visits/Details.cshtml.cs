using System.Globalization;
using Kinlink.Data.Registry;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Visits.Visits;

/// <summary>
/// One visit: the access granted, per person a row to record seen or why not, the interview and wishes; a person met for
/// the first time; the follow-ups with their states. The confidential findings and notes are shown and written only for
/// the need-to-know permission (VisitFindings); everyone else sees a line saying they are confidential.
/// </summary>
[Authorize(Policy = Policies.VisitsWork)]
public sealed class DetailsModel(VisitService visits, VisitFollowUpService followUps, PartyService parties, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public VisitRecord Record { get; private set; } = null!;

    public bool CanReadFindings { get; private set; }

    public VisitFindings? Findings { get; private set; }

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    /// <summary>The person whose row was just refused, so the row keeps what was typed.</summary>
    public string? FailedPerson { get; private set; }

    public PersonForm Posted { get; private set; } = new();

    public NewPersonForm NewPerson { get; private set; } = new();

    public FollowUpForm FollowUp { get; private set; } = new();

    public string DefaultDueOn => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostPersonAsync(string reference, [FromForm] PersonForm form, CancellationToken cancellationToken)
    {
        Posted = form ?? new PersonForm();
        FailedPerson = Posted.Person;
        return ChangeAsync(reference, failure => Errors.Add(failure), ct => visits.RecordPersonAsync(reference, Posted.ToInput(), HttpContext.Actor(), ct), "Notice.VisitPersonRecorded", cancellationToken);
    }

    public Task<IActionResult> OnPostNewPersonAsync(
        string reference, [FromForm(Name = "newPerson")] PersonInput? newPerson, [FromForm(Name = "new.privateInterview")] bool privateInterview,
        [FromForm(Name = "new.messagesToSend")] string? messagesToSend, [FromForm(Name = "new.familyToInform")] string? familyToInform, CancellationToken cancellationToken)
    {
        NewPerson = new NewPersonForm { NewPerson = newPerson ?? new PersonInput(), PrivateInterview = privateInterview, MessagesToSend = messagesToSend, FamilyToInform = familyToInform };
        return ChangeAsync(reference, failure => Errors.Add(failure, field => field.StartsWith("newPerson.", StringComparison.Ordinal) ? field : "new." + field),
            ct => visits.RecordPersonAsync(reference, NewPerson.ToInput(), HttpContext.Actor(), ct), "Notice.VisitPersonRecorded", cancellationToken);
    }

    public async Task<IActionResult> OnPostFindingsAsync(string reference, string? findings, string? recommendations, [FromForm] List<NoteForm>? notes, int? version, CancellationToken cancellationToken)
    {
        var mayWrite = (await authorization.AuthorizeAsync(User, Policies.VisitFindings)).Succeeded;
        if (!mayWrite)
        {
            return Forbid();
        }

        var input = new VisitFindingsInput
        {
            Findings = findings, Recommendations = recommendations, Version = version,
            Notes = (notes ?? []).Select(n => new VisitNoteInput(n.Person, n.Note)).ToList(),
        };
        return await ChangeAsync(reference, failure => Errors.Add(failure), ct => visits.SaveFindingsAsync(reference, input, mayWrite, HttpContext.Actor(), ct), "Notice.VisitFindingsSaved", cancellationToken);
    }

    public Task<IActionResult> OnPostWishesAsync(string reference, string? person, CancellationToken cancellationToken) =>
        ChangeAsync(reference, failure => Errors.Add(failure), ct => followUps.FromWishesAsync(reference, person ?? "", HttpContext.Actor().UserName, DefaultDueOn, HttpContext.Actor(), ct), "Notice.VisitWishesTurned", cancellationToken);

    public Task<IActionResult> OnPostFollowUpAsync(string reference, [FromForm(Name = "followUp")] FollowUpForm? followUp, CancellationToken cancellationToken)
    {
        FollowUp = followUp ?? new FollowUpForm();
        return ChangeAsync(reference, failure => Errors.Add(failure, field => "followUp." + field),
            ct => followUps.CreateAsync(reference, new VisitFollowUpInput { Kind = FollowUp.Kind, Description = FollowUp.Description, Owner = FollowUp.Owner, DueOn = FollowUp.DueOn, Person = FollowUp.Person }, HttpContext.Actor(), ct),
            "Notice.VisitFollowUpCreated", cancellationToken);
    }

    public Task<IActionResult> OnPostFollowUpStateAsync(string reference, Guid id, string? state, string? note, int? version, CancellationToken cancellationToken) =>
        ChangeAsync(reference, failure => Errors.Add(failure, field => "followUpState." + field),
            ct => followUps.ChangeStateAsync(id, new VisitFollowUpStateInput { State = state, Note = note, Version = version }, HttpContext.Actor(), ct),
            "Notice.VisitFollowUpChanged", cancellationToken);

    private async Task<IActionResult> ChangeAsync<T>(string reference, Action<ValidationFailedException> onInvalid, Func<CancellationToken, Task<T>> change, string notice, CancellationToken cancellationToken)
    {
        try
        {
            await change(cancellationToken);
            TempData["Notice"] = notice;
            return RedirectToPage("/Visits/Visits/Details", new { reference });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationFailedException failure)
        {
            onInvalid(failure);
        }
        catch (DomainRuleException refusal)
        {
            Errors.Add(refusal.Field, refusal);
        }
        catch (ConflictException stale)
        {
            Errors.Add("version", stale);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            Record = await visits.GetAsync(reference, HttpContext.Actor(), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        CanReadFindings = (await authorization.AuthorizeAsync(User, Policies.VisitFindings)).Succeeded;
        if (CanReadFindings)
        {
            Findings = await visits.ReadFindingsAsync(Record.Visit.Reference, CanReadFindings, HttpContext.Actor(), cancellationToken);
        }

        return true;
    }

    /// <summary>One person's row: seen or why not, the interview, the wishes.</summary>
    public sealed class PersonForm
    {
        public string? Person { get; set; }
        public bool Seen { get; set; }
        public string? NotSeenReason { get; set; }
        public string? NotSeenNote { get; set; }
        public bool PrivateInterview { get; set; }
        public string? MessagesToSend { get; set; }
        public string? FamilyToInform { get; set; }

        public VisitPersonInput ToInput() => new()
        {
            Person = Person, Seen = Seen, NotSeenReason = NotSeenReason, NotSeenNote = NotSeenNote, PrivateInterview = PrivateInterview,
            MessagesToSend = MessagesToSend, FamilyToInform = FamilyToInform,
        };
    }

    /// <summary>A person met for the first time: the identity the registry needs, and the result.</summary>
    public sealed class NewPersonForm
    {
        public PersonInput NewPerson { get; set; } = new();
        public bool Seen { get; set; } = true;
        public bool PrivateInterview { get; set; }
        public string? MessagesToSend { get; set; }
        public string? FamilyToInform { get; set; }

        public VisitPersonInput ToInput() => new()
        {
            NewPerson = NewPerson, Seen = Seen, PrivateInterview = PrivateInterview, MessagesToSend = MessagesToSend, FamilyToInform = FamilyToInform,
        };
    }

    public sealed class FollowUpForm
    {
        public string? Kind { get; set; }
        public string? Description { get; set; }
        public string? Owner { get; set; }
        public string? DueOn { get; set; }
        public string? Person { get; set; }
    }

    public sealed class NoteForm
    {
        public string? Person { get; set; }
        public string? Note { get; set; }
    }
}
