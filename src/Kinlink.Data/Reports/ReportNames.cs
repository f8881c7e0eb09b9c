namespace Kinlink.Data.Reports;

/// <summary>The reports' names: the file's name, the audit's word for it, and (with a "Report.Title." prefix) its title's resource key.</summary>
public static class ReportNames
{
    public const string Persons = "persons";
    public const string Enquiries = "enquiries";
    public const string Visits = "visits";
    public const string Coverage = "coverage";
    public const string Messages = "messages";
    public const string Parcels = "parcels";
    public const string Exchanges = "exchanges";
}
