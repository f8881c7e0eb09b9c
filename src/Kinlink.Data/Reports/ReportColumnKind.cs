namespace Kinlink.Data.Reports;

/// <summary>How a report column's values are written: a spreadsheet sums numbers and sorts dates, but must leave a reference as text.</summary>
public enum ReportColumnKind
{
    Text,
    Number,
    Date,
}
