using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Admin.Audit;

/// <summary>The audit trail, newest first, filtered: "who looked at this person?".</summary>
[Authorize(Policy = Policies.AuditRead)]
public sealed class IndexModel(AuditService audit, PartyService parties, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(Name = "user", SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    [BindProperty(Name = "action", SupportsGet = true)]
    public string? ActionCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public IReadOnlyList<Choice> Actions { get; private set; } = [];

    public PagedResult<AuditEntryView>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public bool IsFiltered => new[] { Person, UserName, Organisation, ActionCode, From, To }.Any(v => !string.IsNullOrWhiteSpace(v));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organisations = [new Choice(AuditRecord.Intermediary, localizer["Users.Intermediary"]), .. await PartyChoices.ConflictPartiesAsync(parties, cancellationToken)];
        Actions = AuditActions.All.Select(a => new Choice(a, localizer["AuditAction." + a])).ToList();
        try
        {
            Result = await audit.BrowseAsync(new AuditQuery(Person, UserName, Organisation, ActionCode, From, To, PageNumber), HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Admin/Audit/Index", new { person = Person, user = UserName, organisation = Organisation, action = ActionCode, from = From, to = To, page }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }
}
