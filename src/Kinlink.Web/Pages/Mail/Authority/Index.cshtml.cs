using Kinlink.Data.Mail;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Mail.Authority;

/// <summary>
/// A party officer's list of the mail at their party's places still on its way: messages awaiting their check first, then
/// the oldest; by place and status. Below, the batches sent to their places.
/// </summary>
[Authorize(Policy = Policies.MailAuthority)]
public sealed class IndexModel(MailAuthorityService mail) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public PagedResult<MailAuthorityItem>? Result { get; private set; }

    public PagedResult<MailAuthorityBatch>? Batches { get; private set; }

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Result = await mail.ListAsync(new MailAuthorityQuery(Place, Status, PageNumber), HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Mail/Authority/Index", new { place = Place, status = Status, page }));
            Batches = await mail.ListBatchesAsync(Place, 1, 10, HttpContext.Actor(), cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
