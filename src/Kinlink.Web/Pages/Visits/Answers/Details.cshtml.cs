using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Visits.Answers;

/// <summary>
/// One request to the liaison officer's party, and the answer form: accepted, accepted in part, refused or another date;
/// the date and time; per person accepted, refused with a reason, transferred elsewhere, released or unknown at this place.
/// A request of another party is not found.
/// </summary>
[Authorize(Policy = Policies.VisitRequestsAnswer)]
public sealed class DetailsModel(VisitRequestService requests, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public VisitRequestRecord Record { get; private set; } = null!;

    [BindProperty]
    public AnswerForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        Form = new AnswerForm { Persons = Record.Persons.Select(p => new PersonAnswerForm { PersonId = p.Reference }).ToList() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference, CancellationToken cancellationToken)
    {
        var outcome = Form.Outcome;
        string? at = null;
        if (!string.IsNullOrWhiteSpace(Form.Date) || !string.IsNullOrWhiteSpace(Form.Time))
        {
            at = $"{(Form.Date ?? "").Trim()}T{(string.IsNullOrWhiteSpace(Form.Time) ? "00:00" : Form.Time.Trim())}";
        }

        var proposing = VisitRequestCodes.TryParse<VisitRequestStatus>(outcome, VisitRequestCodes.Of, out var parsed) && parsed == VisitRequestStatus.OtherDateProposed;
        var input = new VisitAnswerInput
        {
            Outcome = outcome,
            VisitAt = proposing ? null : at,
            ProposedAt = proposing ? at : null,
            Reason = Form.Reason,
            Version = Form.Version,
            Persons = Form.Persons.Where(p => !string.IsNullOrWhiteSpace(p.Answer))
                .Select(p => new VisitPersonAnswerInput { PersonId = p.PersonId, Answer = p.Answer, Reason = p.Reason }).ToList(),
        };
        var posted = Form.Persons.Where(p => !string.IsNullOrWhiteSpace(p.Answer)).ToList();
        try
        {
            await requests.AnswerAsync(reference, input, HttpContext.Actor(), cancellationToken);
            TempData["Notice"] = "Notice.VisitRequestAnswered";
            return RedirectToPage("/Visits/Answers/Details", new { reference });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationFailedException failure)
        {
            // The service counts only the persons answered; the form shows every person, so its line numbers differ.
            Errors.Add(failure, field => Rename(field, posted));
        }
        catch (DomainRuleException refusal)
        {
            Errors.Add("outcome", refusal);
        }
        catch (ConflictException stale)
        {
            Errors.Add("outcome", stale);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        if (Errors.For("version") is not null)
        {
            Errors.Add("outcome", localizer["VisitAnswer.Reload"]);
        }

        return Page();
    }

    private string Rename(string field, List<PersonAnswerForm> posted)
    {
        if (field is "visitAt" or "proposedAt")
        {
            return "form.date";
        }

        if (field.StartsWith("persons[", StringComparison.Ordinal))
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            if (int.TryParse(field[8..close], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line) && line < posted.Count)
            {
                var row = Form.Persons.IndexOf(posted[line]);
                return $"form.persons[{row}]{(field[(close + 1)..] == ".reason" ? ".reason" : ".answer")}";
            }

            return "form.outcome";
        }

        return field is "persons" ? "form.outcome" : "form." + field;
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            Record = await requests.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
