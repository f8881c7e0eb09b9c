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
/// Recording a visit: for an accepted request (<c>?request=VRQ-...</c>, its place and accepted persons shown), or for a
/// place (<c>?place=CODE</c>). The delegates are written one per line; each person's result is recorded on the visit's page.
/// </summary>
[Authorize(Policy = Policies.VisitsWork)]
public sealed class NewModel(VisitService visits, PlaceService places) : PageModel
{
    [BindProperty(Name = "request", SupportsGet = true)]
    public string? RequestReference { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    [BindProperty]
    public string? StartedOn { get; set; }

    [BindProperty]
    public string? EndedOn { get; set; }

    /// <summary>One delegate (or interpreter) per line.</summary>
    [BindProperty]
    public string? Delegates { get; set; }

    [BindProperty]
    public bool AllPlacesSeen { get; set; }

    [BindProperty]
    public bool PrivateInterviewsAllowed { get; set; }

    [BindProperty]
    public bool DetaineeListProvided { get; set; }

    [BindProperty]
    public string? AccessNotes { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Choice> Places { get; private set; } = [];

    public VisitRequestPrefill? Prefill { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Place = Prefill?.PlaceCode ?? Place;
        Delegates ??= HttpContext.Actor().UserName;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var visit = await visits.CreateAsync(new VisitInput
            {
                Place = Place, Request = string.IsNullOrWhiteSpace(RequestReference) ? null : RequestReference, StartedOn = StartedOn, EndedOn = EndedOn,
                Delegates = (Delegates ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                AllPlacesSeen = AllPlacesSeen, PrivateInterviewsAllowed = PrivateInterviewsAllowed, DetaineeListProvided = DetaineeListProvided, AccessNotes = AccessNotes,
            }, HttpContext.Actor(), cancellationToken);
            TempData["Notice"] = "Notice.VisitRecorded";
            return RedirectToPage("/Visits/Visits/Details", new { reference = visit.Reference });
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
        catch (DomainRuleException refusal)
        {
            Errors.Add(refusal.Field, refusal);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Places = await PlaceChoices.AllAsync(places, HttpContext.Actor(), cancellationToken);
        if (!string.IsNullOrWhiteSpace(RequestReference))
        {
            try
            {
                Prefill = await visits.PrefillFromRequestAsync(RequestReference, HttpContext.Actor(), cancellationToken);
            }
            catch (ValidationFailedException failure)
            {
                if (!Errors.Any)
                {
                    Errors.Add(failure);
                }
            }
        }
    }
}
