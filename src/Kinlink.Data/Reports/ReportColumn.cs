namespace Kinlink.Data.Reports;

/// <summary>A report column: <see cref="Header"/> is a resource key, translated into the reader's language where the file is written.</summary>
public sealed record ReportColumn(string Header, ReportColumnKind Kind = ReportColumnKind.Text);
