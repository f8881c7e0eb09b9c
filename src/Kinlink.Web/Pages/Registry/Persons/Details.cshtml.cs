using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Registry.Persons;

[Authorize(Policy = Policies.RegistryRead)]
public sealed class DetailsModel(PersonService persons, IAuthorizationService authorization, Kinlink.Data.Visits.VisitCoverageService visits, Kinlink.Data.Mail.PersonMailService mail, Kinlink.Data.Exchanges.PersonExchangesService exchanges) : PageModel
{
    public PersonRecord Record { get; private set; } = null!;

    /// <summary>Administrators and the data protection officer get a link to the trail of this person.</summary>
    public bool CanReadAudit { get; private set; }

    /// <summary>The record may be changed by this account: its role writes to the registry, and its party may change this person.</summary>
    public bool CanChange { get; private set; }

    /// <summary>The person's visits and the visit requests naming them: for those who plan and make visits only.</summary>
    public Kinlink.Data.Visits.PersonVisitHistory? VisitHistory { get; private set; }

    /// <summary>The person's messages and parcels: for those who carry mail only.</summary>
    public Kinlink.Data.Mail.PersonMailSummary? Mail { get; private set; }

    /// <summary>The person's exchanges, medical repatriation, death, effects and proceedings: for the intermediary's exchanges work only.</summary>
    public Kinlink.Data.Exchanges.PersonExchanges? Exchanges { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            Record = await persons.GetAsync(id, HttpContext.Actor(), cancellationToken);
            if (Record.Person is { } person && (await authorization.AuthorizeAsync(User, Policies.VisitsWork)).Succeeded)
            {
                VisitHistory = await visits.PersonHistoryAsync(person.Id, HttpContext.Actor(), cancellationToken);
            }

            if (Record.Person is { } addressee && (await authorization.AuthorizeAsync(User, Policies.MailWork)).Succeeded)
            {
                Mail = await mail.SummaryAsync(addressee.Id, HttpContext.Actor(), cancellationToken);
            }

            if (Record.Person is { } exchanged && (await authorization.AuthorizeAsync(User, Policies.ExchangesWork)).Succeeded)
            {
                Exchanges = await exchanges.OfPersonAsync(exchanged.Id, HttpContext.Actor(), cancellationToken);
            }

            CanReadAudit = (await authorization.AuthorizeAsync(User, Policies.AuditRead)).Succeeded;
            CanChange = Record.CanChange && (await authorization.AuthorizeAsync(User, Policies.RegistryWrite)).Succeeded;
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>The source of a name form or event in words: the list it came from, or the label recorded with it.</summary>
    public string SourceOf(SourceListId? sourceListId, string label) =>
        sourceListId is { } id && Record.Sources.TryGetValue(id, out var list) ? list.Label : label;
}
