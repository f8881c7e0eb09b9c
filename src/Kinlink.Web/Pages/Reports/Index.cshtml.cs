using Kinlink.Data.Registry;
using Kinlink.Data.Reports;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Reports;

/// <summary>
/// The reports: each list that downloads as CSV or XLSX (shown only to those who may open that list; the file is
/// downloaded from the list, with its filters) and, for the intermediary's staff who hold the dialogue, the summary per party.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(IAuthorizationService authorization, PartyService parties) : PageModel
{
    private static readonly ReportLink[] AllReports =
    [
        new(ReportTitles.KeyOf(ReportNames.Persons), "/Registry/Persons/Index", Policies.RegistryRead),
        new(ReportTitles.KeyOf(ReportNames.Enquiries), "/Tracing/Enquiries/Index", Policies.EnquiriesRead),
        new(ReportTitles.KeyOf(ReportNames.Visits), "/Visits/Visits/Index", Policies.VisitsWork),
        new(ReportTitles.KeyOf(ReportNames.Coverage), "/Visits/Coverage/Index", Policies.VisitCoverageRead),
        new(ReportTitles.KeyOf(ReportNames.Messages), "/Mail/Index", Policies.MailWork),
        new(ReportTitles.KeyOf(ReportNames.Parcels), "/Mail/Parcels/Index", Policies.MailWork),
        new(ReportTitles.KeyOf(ReportNames.Exchanges), "/Exchanges/Index", Policies.ExchangesWork),
    ];

    public IReadOnlyList<ReportLink> Reports { get; private set; } = [];

    /// <summary>The conflict parties, when the reader may open their summaries; empty otherwise.</summary>
    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var allowed = new List<ReportLink>();
        foreach (var report in AllReports)
        {
            if ((await authorization.AuthorizeAsync(User, report.Policy)).Succeeded)
            {
                allowed.Add(report);
            }
        }

        Reports = allowed;
        if ((await authorization.AuthorizeAsync(User, Policies.PartySummaryRead)).Succeeded)
        {
            Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        }
    }
}
