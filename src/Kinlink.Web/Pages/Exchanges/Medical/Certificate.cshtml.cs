using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Exchanges.Medical;

/// <summary>
/// A printable repatriation certificate in the spirit of Annex IV E: identity, camp or hospital, injury or disease, the
/// commission's decision and its date. The injury or disease is printed only for the readers of medical confidences (and audited).
/// </summary>
[Authorize(Policy = Policies.ExchangesWork)]
public sealed class CertificateModel(MedicalCaseService cases, IAuthorizationService authorization) : PageModel
{
    public MedicalCaseView View { get; private set; } = null!;

    public string? Diagnosis { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            View = await cases.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            if ((await authorization.AuthorizeAsync(User, Policies.ExchangesConfidential)).Succeeded)
            {
                Diagnosis = await cases.ReadDiagnosisAsync(reference, HttpContext.Actor(), cancellationToken);
            }

            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
