using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Web.Api;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Registry;

[RequestSizeLimit(RegistryEndpoints.MaxImportBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RegistryEndpoints.MaxImportBytes)]
[Authorize(Policy = Policies.RegistryRead)]
public sealed class ImportsModel(ImportService imports, PartyService parties, IStringLocalizer<SharedResource> localizer, IAuthorizationService authorization) : PageModel
{
    public string? Party { get; private set; }

    public string? Source { get; private set; }

    public FormErrors Errors { get; } = new();

    public ImportReport? Report { get; private set; }

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public IReadOnlyDictionary<PartyId, string> PartyCodes { get; private set; } = new Dictionary<PartyId, string>();

    public PagedResult<SourceList>? Previous { get; private set; }

    public Pager? Pager { get; private set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, [FromForm] string? party, [FromForm] string? source, CancellationToken cancellationToken)
    {
        // Anyone signed in may read the list of imports; only the write roles may upload (Razor Pages authorize per page, not per handler).
        if (!(await authorization.AuthorizeAsync(User, Policies.RegistryWrite)).Succeeded)
        {
            return Forbid();
        }

        Party = party;
        Source = source;
        if (file is null || file.Length == 0)
        {
            Errors.Add("file", localizer["Imports.FileRequired"]);
        }

        if (string.IsNullOrWhiteSpace(party))
        {
            Errors.Add("party", localizer["Imports.PartyRequired"]);
        }

        if (!Errors.Any)
        {
            try
            {
                await using var content = file!.OpenReadStream();
                Report = await imports.ImportPersonsAsync(content, file.FileName, party!, source ?? "", HttpContext.Actor(), cancellationToken);
            }
            catch (ValidationFailedException failure)
            {
                Errors.Add(failure);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        PartyCodes = (await parties.ListAsync(cancellationToken)).ToDictionary(p => p.Id, p => p.Code);
        try
        {
            Previous = await imports.ListAsync(PageNumber, null, HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Previous, page => Url.Page("/Registry/Imports", new { page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
