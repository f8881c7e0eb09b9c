namespace Kinlink.Data.Reports;

/// <summary>
/// A report ready to write: a name (the file's), its columns, and its rows, read one page at a time as the file is
/// written, so a report of a million rows never sits in memory. A row holds one value per column: a string for text, an
/// integer for a number, a <see cref="DateOnly"/> or <see cref="DateTimeOffset"/> for a date, or null for nothing.
/// </summary>
public sealed record ReportTable(string Name, IReadOnlyList<ReportColumn> Columns, IAsyncEnumerable<IReadOnlyList<object?>> Rows);
