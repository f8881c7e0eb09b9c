using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Tracing.Enquiries;

/// <summary>
/// A letter to the enquirer laid out for printing (the stylesheet's print rules leave only the letter on paper). The
/// enquiry page's "print" form records the letter as sent and comes here; opening this page records nothing but the read.
/// </summary>
[Authorize(Policy = Policies.EnquiriesRead)]
public sealed class LetterModel(EnquiryCaseService cases) : PageModel
{
    public EnquiryLetter? Letter { get; private set; }

    public string Reference { get; private set; } = "";

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(string reference, string? template, string? lang, CancellationToken cancellationToken)
    {
        Reference = reference;
        try
        {
            Letter = await cases.LetterAsync(reference, template, lang, HttpContext.Actor(), cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (DomainRuleException refusal)
        {
            Errors.Add(refusal.Field, refusal);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
