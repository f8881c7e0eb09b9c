using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Exchanges.Medical;

/// <summary>
/// One medical repatriation case and its steps: the wish, the commission's decision, execution and closing. The diagnosis
/// opens only on request (?diagnosis=true) and only for the readers of medical confidences, so each reading is audited.
/// </summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class DetailsModel(MedicalCaseService cases, IAuthorizationService authorization) : PageModel
{
    public MedicalCaseView View { get; private set; } = null!;

    public bool MayReadDiagnosis { get; private set; }

    public string? Diagnosis { get; private set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(string reference, bool diagnosis, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        if (diagnosis && MayReadDiagnosis)
        {
            Diagnosis = await cases.ReadDiagnosisAsync(reference, HttpContext.Actor(), cancellationToken);
        }

        return Page();
    }

    public Task<IActionResult> OnPostWishAsync(string reference, MedicalCaseStepInput step, CancellationToken cancellationToken) =>
        ActAsync(reference, () => cases.RecordWishAsync(reference, step, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDecisionAsync(string reference, MedicalCaseStepInput step, CancellationToken cancellationToken) =>
        ActAsync(reference, () => cases.RecordDecisionAsync(reference, step, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCarryOutAsync(string reference, MedicalCaseStepInput step, CancellationToken cancellationToken) =>
        ActAsync(reference, () => cases.CarryOutAsync(reference, step, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(string reference, MedicalCaseStepInput step, CancellationToken cancellationToken) =>
        ActAsync(reference, () => cases.CloseAsync(reference, step, HttpContext.Actor(), cancellationToken), cancellationToken);

    private Task<IActionResult> ActAsync(string reference, Func<Task<MedicalCaseView>> act, CancellationToken cancellationToken) =>
        this.ChangeAsync(Errors, act, "/Exchanges/Medical/Details", new { reference }, () => LoadAsync(reference, cancellationToken));

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            View = await cases.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            MayReadDiagnosis = (await authorization.AuthorizeAsync(User, Policies.ExchangesConfidential)).Succeeded;
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
