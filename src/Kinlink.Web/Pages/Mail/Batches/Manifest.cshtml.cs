using Kinlink.Data.Mail;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Mail.Batches;

/// <summary>
/// The printable manifest of a batch: each item with its person, never a message's text nor who sent anything, and lines
/// for the receiving officer and the prisoners' representative to sign.
/// </summary>
[Authorize(Policy = Policies.MailWork)]
public sealed class ManifestModel(MailBatchService batches) : PageModel
{
    public MailBatchView Batch { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            Batch = await batches.GetAsync(reference, HttpContext.Actor(), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
