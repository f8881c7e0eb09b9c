using System.Globalization;
using Kinlink.Data.Tracing;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Kinlink.Web.Pages.Enquire;

/// <summary>
/// The family's status page: the case reference and the secret code, posted (never in an address), give what may be told
/// of the case and nothing else. A wrong code and an unknown reference get the same answer.
/// </summary>
[PublicAccess("Families check their case here without an account; only the case reference with its secret code opens an answer, and the answer says only what the family may be told.")]
public sealed class StatusModel(PublicEnquiryService enquiries, IOptions<PublicEnquirySettings> settings) : PageModel
{
    /// <summary>Echoed back only after a refusal, so the family can correct a typo; the code never is.</summary>
    public string? Reference { get; private set; }

    public FamilyStatusCheck? Answer { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? reference, [FromForm] string? code, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var limits = settings.Value;
        Answer = await enquiries.CheckStatusAsync(reference, code, new FamilyCodeLimit(limits.WrongCodeLimit, TimeSpan.FromSeconds(limits.WrongCodeWindowSeconds)), cancellationToken);
        if (Answer.Outcome == FamilyStatusOutcome.NotFound)
        {
            Reference = reference?.Trim();
        }

        if (Answer is { Outcome: FamilyStatusOutcome.Locked, RetryAfter: { } wait })
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return Page();
    }
}
