using System.Globalization;
using Kinlink.Data.Registry;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Visits.Requests;

/// <summary>
/// A new visit request: the party and place, a worklist selection shown with each person's reason (untick whom to leave
/// out), references typed one per line, the proposed dates, purpose and priority. Works without JavaScript: showing the
/// selection is a post of the same form, which keeps everything typed.
/// </summary>
[Authorize(Policy = Policies.VisitsWork)]
public sealed class NewModel(VisitRequestService requests, PartyService parties, PlaceService places, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    [BindProperty]
    public string? NotSeenForDays { get; set; }

    [BindProperty]
    public bool NeverVisited { get; set; }

    [BindProperty]
    public bool SeriouslyIll { get; set; }

    [BindProperty]
    public bool EnquiryPending { get; set; }

    /// <summary>The ticked persons of the selection, each "reference|reason-code".</summary>
    [BindProperty]
    public List<string> Selected { get; set; } = [];

    /// <summary>Whether the selection was shown, so a post that fails shows it again with the same ticks.</summary>
    [BindProperty]
    public bool SelectionShown { get; set; }

    [BindProperty]
    public string? References { get; set; }

    [BindProperty]
    public string? ProposedFrom { get; set; }

    [BindProperty]
    public string? ProposedTo { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public string? Priority { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<VisitWorklistEntry> Selection { get; private set; } = [];

    public IReadOnlyList<Choice> PartyChoices { get; private set; } = [];

    public IReadOnlyList<Choice> PlaceChoices { get; private set; } = [];

    public bool IsTicked(VisitWorklistEntry entry) => Selected.Contains(TickValue(entry));

    public static string TickValue(VisitWorklistEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return $"{entry.Reference}|{VisitRequestCodes.Of(entry.Reasons.Count > 0 ? entry.Reasons[0] : VisitPersonReason.Named)}";
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Priority ??= VisitRequestCodes.Of(VisitPriority.Routine);
        await LoadChoicesAsync(cancellationToken);
    }

    /// <summary>Shows the worklist selection, every person ticked.</summary>
    public async Task<IActionResult> OnPostSelectAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (await LoadSelectionAsync(cancellationToken))
        {
            Selected = Selection.Select(TickValue).ToList();
            SelectionShown = true;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var ticked = Selected.Select(v => v.Split('|')).Where(p => p[0].Length > 0)
            .Select(p => new VisitRequestPersonInput { PersonId = p[0], Reason = p.Length > 1 ? p[1] : null }).ToList();
        var typed = (References ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => new VisitRequestPersonInput { PersonId = line }).ToList();
        var input = new VisitRequestInput
        {
            Party = Party, Place = Place, ProposedFrom = ProposedFrom, ProposedTo = ProposedTo, Purpose = Purpose, Priority = Priority, Persons = [.. ticked, .. typed],
        };
        try
        {
            var created = await requests.CreateAsync(input, HttpContext.Actor(), cancellationToken);
            TempData["Notice"] = "Notice.VisitRequestSent";
            return RedirectToPage("/Visits/Requests/Details", new { reference = created.Request.Reference });
        }
        catch (ValidationFailedException failure)
        {
            // A line of the request is a ticked person or a typed reference: the error goes next to the one it came from.
            Errors.Add(failure, field => field switch
            {
                _ when field.StartsWith("persons[", StringComparison.Ordinal) && int.TryParse(field[8..field.IndexOf(']', StringComparison.Ordinal)], NumberStyles.None, CultureInfo.InvariantCulture, out var line) =>
                    line < ticked.Count ? "selected" : "references",
                "persons" => SelectionShown ? "selected" : "references",
                _ => field,
            });
        }

        await LoadChoicesAsync(cancellationToken);
        if (SelectionShown)
        {
            await LoadSelectionAsync(cancellationToken);
        }

        return Page();
    }

    private async Task<bool> LoadSelectionAsync(CancellationToken cancellationToken)
    {
        int? days = null;
        if (!string.IsNullOrWhiteSpace(NotSeenForDays))
        {
            if (int.TryParse(NotSeenForDays.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                days = parsed;
            }
            else
            {
                Errors.Add("notSeenForDays", localizer["VisitRequestNew.DaysInvalid"]);
                return false;
            }
        }

        try
        {
            Selection = await requests.SelectionAsync(new VisitWorklistFilter
            {
                Party = Party, Place = Place, NotSeenForDays = days, NeverVisited = NeverVisited ? true : null, SeriouslyIll = SeriouslyIll, EnquiryPending = EnquiryPending,
            }, HttpContext.Actor(), cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
            return false;
        }

        if (Selection.Count > VisitRequest.MaxPersons)
        {
            Errors.Add("selected", localizer["VisitRequestNew.TooMany", VisitRequest.MaxPersons]);
            Selection = Selection.Take(VisitRequest.MaxPersons).ToList();
        }

        return true;
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        PartyChoices = await Presentation.PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        PlaceChoices = await Presentation.PlaceChoices.AllAsync(places, HttpContext.Actor(), cancellationToken);
    }
}
