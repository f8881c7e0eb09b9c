using Kinlink.Data.Reports;
using Microsoft.AspNetCore.Authorization;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Which dashboard sections a viewer gets: each section summarises one page and shows only to those allowed to open that
/// page, so the dashboard never says more than the pages behind it. The page and the API ask here alike.
/// </summary>
public static class DashboardAccess
{
    private static readonly (DashboardSections Section, string Policy)[] PagePolicies =
    [
        (DashboardSections.Persons, Policies.RegistryRead),
        (DashboardSections.Enquiries, Policies.EnquiriesRead),
        (DashboardSections.Visits, Policies.VisitCoverageRead),
        (DashboardSections.Mail, Policies.MailReports),
        (DashboardSections.Exchanges, Policies.ExchangesWork),
    ];

    public static async Task<DashboardSections> SectionsAsync(IAuthorizationService authorization, System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var sections = DashboardSections.None;
        foreach (var (section, policy) in PagePolicies)
        {
            if ((await authorization.AuthorizeAsync(user, policy)).Succeeded)
            {
                sections |= section;
            }
        }

        return sections;
    }
}
