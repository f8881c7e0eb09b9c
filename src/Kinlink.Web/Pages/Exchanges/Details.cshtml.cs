using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Api;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Exchanges;

/// <summary>
/// One exchange: its terms, both lists with each entry's resolution, verification and blockers, the balance, and the
/// forms to import a party's list, add persons from the registry, or cancel. An import shows its row report on the page.
/// </summary>
[RequestSizeLimit(ExchangeEndpoints.MaxListBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ExchangeEndpoints.MaxListBytes)]
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class DetailsModel(ExchangeService exchanges, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ExchangeView View { get; private set; } = null!;

    public ExchangeListReport? Report { get; private set; }

    public FormErrors Errors { get; } = new();

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Party { get; set; }

    /// <summary>The party of the add-from-registry form (the import form has its own).</summary>
    [BindProperty]
    public string? AddParty { get; set; }

    [BindProperty]
    public string? Persons { get; set; }

    [BindProperty]
    public bool SeriouslyIllOrWounded { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Terms { get; set; }

    /// <summary>As typed, so a word in the number field comes back with an error rather than vanishing.</summary>
    [BindProperty]
    public string? CountPerSide { get; set; }

    [BindProperty]
    public string? Categories { get; set; }

    [BindProperty]
    public string? TermsNote { get; set; }

    [BindProperty]
    public string? PlannedDate { get; set; }

    [BindProperty]
    public string? TermsPlace { get; set; }

    /// <summary>Whether the terms form was posted and refused, so it is shown with what was typed rather than the stored terms.</summary>
    public bool TermsPosted { get; private set; }

    public IReadOnlyList<Choice> Sides => [new(View.PartyA, View.PartyA), new(View.PartyB, View.PartyB)];

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostImportAsync(string reference, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Errors.Add("file", localizer["Imports.FileRequired"]);
        }
        else
        {
            await Errors.TryAsync(async () =>
            {
                await using var content = file.OpenReadStream();
                Report = await exchanges.ImportListAsync(reference, Party ?? "", content, file.FileName, Version, HttpContext.Actor(), cancellationToken);
            });
        }

        return await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAddAsync(string reference, CancellationToken cancellationToken)
    {
        var persons = (Persons ?? "").Split(['\n', '\r', ',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var input = new ExchangeEntriesInput { Party = AddParty, Persons = persons, SeriouslyIllOrWounded = SeriouslyIllOrWounded, Place = Place, Version = Version };
        return await Errors.TryAsync(() => exchanges.AddFromRegistryAsync(reference, input, HttpContext.Actor(), cancellationToken), field => field == "party" ? "addParty" : field)
            ? Redirect($"/Exchanges/{reference}")
            : await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Changes the terms, date or place; the parties stay as they are.</summary>
    public async Task<IActionResult> OnPostTermsAsync(string reference, CancellationToken cancellationToken)
    {
        TermsPosted = true;
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        var count = ExchangeForms.CountPerSide(CountPerSide, Errors, localizer);
        if (Errors.Any)
        {
            return Page();
        }

        var input = new ExchangeInput
        {
            PartyA = View.PartyA, PartyB = View.PartyB, Terms = Terms, CountPerSide = count, Categories = Categories, TermsNote = TermsNote, PlannedDate = PlannedDate, Place = TermsPlace, Version = Version,
        };
        return await Errors.TryAsync(() => exchanges.ChangeTermsAsync(reference, input, HttpContext.Actor(), cancellationToken), field => field == "place" ? "termsPlace" : field)
            ? Redirect($"/Exchanges/{reference}")
            : await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCancelAsync(string reference, CancellationToken cancellationToken) =>
        await Errors.TryAsync(() => exchanges.CancelAsync(reference, new ExchangeCancellation(Note, Version), HttpContext.Actor(), cancellationToken))
            ? Redirect($"/Exchanges/{reference}")
            : await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            View = await exchanges.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
