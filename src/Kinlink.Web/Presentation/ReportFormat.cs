namespace Kinlink.Web.Presentation;

/// <summary>The file formats a report downloads in.</summary>
public enum ReportFormat
{
    Csv,
    Xlsx,
}
