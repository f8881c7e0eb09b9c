using System.Globalization;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Kinlink.Web.Pages.Enquire;

/// <summary>
/// The family's status page: the case reference and the secret code, posted (never in an address), give what may be told
/// of the case and nothing else. A wrong code and an unknown reference get the same answer.
/// </summary>
[PublicAccess("Families check their case here without an account; only the case reference with its secret code opens an answer, and the answer says only what the family may be told.")]
public sealed class StatusModel(PublicEnquiryService enquiries, IOptions<PublicEnquirySettings> settings, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>Echoed back only after a refusal, so the family can correct a typo; the code never is.</summary>
    public string? Reference { get; private set; }

    public FamilyStatusCheck? Answer { get; private set; }

    /// <summary>What the family wrote, kept when the hand-in was refused.</summary>
    public string? MessageText { get; private set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? reference, [FromForm] string? code, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Answer = await enquiries.CheckStatusAsync(reference, code, Limit(), cancellationToken);
        return Answered(reference);
    }

    /// <summary>
    /// A message the family writes to the person: the code is typed again (it is never put back into the page), checked as
    /// a status check is and counted against the same limit of wrong codes.
    /// </summary>
    public async Task<IActionResult> OnPostHandInAsync([FromForm] string? reference, [FromForm] string? code, [FromForm] string? text, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        try
        {
            Answer = await enquiries.HandInMessageAsync(reference, code, text, Limit(), cancellationToken);
        }
        catch (Exception refusal) when (refusal is ValidationFailedException or DomainRuleException)
        {
            // The family reads the page in its language; the services' reasons are for staff.
            Errors.Add("text", refusal is ValidationFailedException ? localizer["Status.HandInTextError"] : localizer["Status.HandInClosed"]);

            MessageText = text;
            // The code was right (the refusal came after it): show the case as a status check would.
            Answer = await enquiries.CheckStatusAsync(reference, code, Limit(), cancellationToken);
        }

        return Answered(reference);
    }

    private FamilyCodeLimit Limit() => new(settings.Value.WrongCodeLimit, TimeSpan.FromSeconds(settings.Value.WrongCodeWindowSeconds));

    private PageResult Answered(string? reference)
    {
        if (Answer!.Outcome == FamilyStatusOutcome.NotFound)
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
