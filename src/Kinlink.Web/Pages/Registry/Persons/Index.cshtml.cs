using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Matching;
using Kinlink.Data.Reports;
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
public sealed class IndexModel(PersonService persons, PersonMatchSearch matcher, PartyService parties, ReportService reports, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    /// <summary>A date of birth that ranks the name's matches; it filters nothing.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Dob { get; set; }

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

    /// <summary>The name's best matches by the matching engine, when the search box holds a name.</summary>
    public PersonMatchResult? Matches { get; private set; }

    public bool IsFiltered => new[] { Name, Dob, Party, HeldBy, Status, Place }.Any(v => !string.IsNullOrWhiteSpace(v));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        if (!TryStatus(out var status))
        {
            Errors.Add("status", localizer["Persons.StatusUnknown"]);
            return;
        }

        try
        {
            Result = await persons.SearchAsync(new PersonQuery(Name, Party, HeldBy, status, Place, PageNumber), HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Registry/Persons/Index", new { name = Name, dob = Dob, party = Party, heldBy = HeldBy, status = Status, place = Place, page }));
            // A reference or a service number (they hold digits; names do not) is looked up, not matched.
            if (!string.IsNullOrWhiteSpace(Name) && !Name.Any(char.IsDigit) && PageNumber is null or 1)
            {
                Matches = await matcher.SearchAsync(new PersonMatchQuery(Name, Dob, Party: Party, HeldBy: HeldBy, Status: status, Place: Place), HttpContext.Actor(), cancellationToken);
            }
        }
        catch (ValidationFailedException failure)
        {
            // The search service names the box q; the page names it name.
            if (failure.Errors.ContainsKey("dob"))
            {
                Errors.Add("dob", localizer["Persons.MatchDobHint"]);
            }
            else
            {
                Errors.Add(failure);
            }
        }
    }

    /// <summary>The list as a file, with the same filters (the date of birth ranks matches and filters nothing, so it is not one).</summary>
    public Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken cancellationToken) =>
        ReportDownload.FileAsync(this, format, localizer, clock, () => TryStatus(out var status)
            ? reports.PersonsAsync(new PersonQuery(Name, Party, HeldBy, status, Place), HttpContext.Actor(), cancellationToken)
            : throw new ValidationFailedException("status", localizer["Persons.StatusUnknown"]));

    private bool TryStatus(out PersonStatus? status)
    {
        status = null;
        if (string.IsNullOrWhiteSpace(Status))
        {
            return true;
        }

        var known = RegistryCodes.TryParseStatus(Status, out var parsed);
        status = known ? parsed : null;
        return known;
    }
}
