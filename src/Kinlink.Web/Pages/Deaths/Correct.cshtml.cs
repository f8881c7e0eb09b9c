using System.Globalization;
using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Deaths;

/// <summary>
/// Corrects a notification of death's particulars, the form filled with what is recorded. A transmitted notification goes
/// back to "recorded", to be transmitted again with the correction.
/// </summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class CorrectModel(DeathNotificationService deaths) : PageModel
{
    [BindProperty]
    public DeathNotificationInput Input { get; set; } = new();

    public DeathNotificationView View { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        var n = View.Notification;
        Input = new DeathNotificationInput
        {
            ReportedBy = View.ReportedBy,
            DateOfDeath = n.DateOfDeath.ToString(),
            PlaceOfDeath = n.PlaceOfDeath,
            CauseOfDeath = n.CauseOfDeath,
            Circumstances = n.Circumstances,
            DateOfBurial = n.DateOfBurial?.ToString(),
            PlaceOfBurial = n.PlaceOfBurial,
            GraveIdentification = n.GraveIdentification,
            GraveMarked = n.GraveMarked,
            Cremated = n.Cremated,
            CremationReason = n.CremationReason,
            OfficialEnquiryRequired = n.OfficialEnquiryRequired,
            ResponsibleAuthority = n.ResponsibleAuthority,
            Witnesses = n.Witnesses,
            Version = n.Version,
        };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(string reference, CancellationToken cancellationToken) =>
        this.ChangeAsync(Errors, async () => await deaths.CorrectAsync(reference, Input, HttpContext.Actor(), cancellationToken),
            "/Deaths/Details", new { reference }, () => LoadAsync(reference, cancellationToken));

    /// <summary>The version the form was read at, for the hidden field.</summary>
    public string VersionText => (Input.Version ?? View.Notification.Version).ToString(CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            View = await deaths.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
