using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Enquire;

/// <summary>
/// The public enquiry page: a family files a tracing request without an account, and is shown its case reference and
/// secret code once. It shows nothing of anyone's records: it only takes an enquiry in.
/// </summary>
[PublicAccess("Families file their enquiries here without an account (issue 5 item 6); the page only takes an enquiry in and shows nobody's records.")]
public sealed class IndexModel(PublicEnquiryService enquiries, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public PublicEnquiryForm Form { get; private set; } = new();

    public FormErrors Errors { get; } = new();

    /// <summary>Set once the enquiry is filed: the page then shows the reference and the code instead of the form.</summary>
    public PublicEnquiryReceipt? Receipt { get; private set; }

    public IReadOnlyList<Choice> RelationChoices =>
        PublicEnquiryForm.Relations.Select(r => new Choice(TracingCodes.Of(r), localizer["Enquire.Relation." + TracingCodes.Of(r)])).ToList();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromForm] PublicEnquiryForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        Form = form;
        // The answer holds the secret code, or what the family typed: no cache may keep either.
        Response.Headers.CacheControl = "no-store";
        var language = UiCultures.Find(System.Globalization.CultureInfo.CurrentUICulture.Name) ?? UiCultures.All[0];
        try
        {
            Receipt = await enquiries.FileAsync(form.ToInput(language, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            // The service's messages are written for staff, in English; the family gets one plain message per field in its language.
            foreach (var control in failure.Errors.Keys.Select(PublicEnquiryForm.ControlFor).Distinct(StringComparer.Ordinal)
                .OrderBy(c => PublicEnquiryForm.Controls.ToList().IndexOf(c)))
            {
                Errors.Add(control, localizer["Enquire.Error." + control]);
            }
        }

        return Page();
    }
}
