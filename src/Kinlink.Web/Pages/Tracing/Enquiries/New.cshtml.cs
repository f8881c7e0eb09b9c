using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Tracing.Enquiries;

/// <summary>
/// Taking an enquiry at the desk or on the phone: every field of <c>POST /api/enquiries</c>, named as the API names them
/// (<c>enquirer.fullName</c>, <c>soughtPerson.dateOfBirth</c>...), so the service's errors point at the controls as they are.
/// </summary>
[Authorize(Policy = Policies.EnquiriesWrite)]
public sealed class NewModel(EnquiryService enquiries, PartyService parties, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const string AgeYearsField = "soughtPerson.approximateAge.years";

    public EnquiryInput Input { get; private set; } = new();

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);

    public async Task<IActionResult> OnPostAsync([FromForm] EnquiryInput input, CancellationToken cancellationToken)
    {
        Input = input ?? new EnquiryInput();
        // A number field that holds no number is left empty by the binder; the form says so rather than ask for the age again.
        var ageUnreadable = ModelState.Any(e => string.Equals(e.Key, AgeYearsField, StringComparison.OrdinalIgnoreCase) && e.Value is { Errors.Count: > 0 });
        if (ageUnreadable)
        {
            Errors.Add(AgeYearsField, localizer["EnquiryNew.AgeNotANumber"]);
            Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
            return Page();
        }

        try
        {
            var created = await enquiries.CreateAsync(Input, HttpContext.Actor(), cancellationToken);
            TempData["Notice"] = "Notice.EnquiryOpened";
            return RedirectToPage("/Tracing/Enquiries/Details", new { reference = created.Enquiry.Reference.Value });
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }

        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        return Page();
    }

    /// <summary>What the reader typed in the age field, shown back as typed even when it was not a number.</summary>
    public string? AgeYearsAsTyped => Request.HasFormContentType && Request.Form.TryGetValue(AgeYearsField, out var typed) ? typed.ToString() : Input.SoughtPerson?.ApproximateAge?.Years?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
