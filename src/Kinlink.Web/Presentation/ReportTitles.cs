namespace Kinlink.Web.Presentation;

/// <summary>A report's title resource: "Report.Title." and the report's name.</summary>
public static class ReportTitles
{
    public static string KeyOf(string reportName) => "Report.Title." + reportName;
}
