namespace Kinlink.Web.Pages.Reports;

/// <summary>One report on the reports page: its title's resource key, the list page it downloads from, and the policy that page needs.</summary>
public sealed record ReportLink(string TitleKey, string Page, string Policy);
