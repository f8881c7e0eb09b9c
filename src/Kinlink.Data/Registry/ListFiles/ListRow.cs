namespace Kinlink.Data.Registry.ListFiles;

/// <summary>One row of a list file as text: the line it starts on (the sheet row for XLSX) and its cells, trimmed.</summary>
internal sealed record ListRow(int Line, IReadOnlyList<string> Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
