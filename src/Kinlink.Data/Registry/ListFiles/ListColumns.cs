namespace Kinlink.Data.Registry.ListFiles;

/// <summary>Which of <see cref="ImportColumns.All"/> a file has, and where: built from its header row.</summary>
internal sealed class ListColumns
{
    private readonly Dictionary<string, int> _positions;

    private ListColumns(Dictionary<string, int> positions, int width)
    {
        _positions = positions;
        Width = width;
    }

    /// <summary>Cells beyond this hold values no header names.</summary>
    public int Width { get; }

    public bool Has(string column) => _positions.ContainsKey(column);

    /// <summary>The trimmed value of a column in a row: null when the file has no such column, "" when the cell is empty.</summary>
    public string? Value(ListRow row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!_positions.TryGetValue(column, out var position))
        {
            return null;
        }

        return position < row.Cells.Count ? row.Cells[position].Trim() : "";
    }

    /// <summary>Reads the header; every problem with it is returned, each naming the header cell it is about.</summary>
    public static ListColumns? FromHeader(ListRow? header, List<ImportRowError> errors) =>
        FromHeader(header, errors, ImportColumns.All, "a person list");

    /// <summary>Reads the header of a file whose columns are <paramref name="columns"/> (<paramref name="fileKind"/> names it in messages).</summary>
    public static ListColumns? FromHeader(ListRow? header, List<ImportRowError> errors, IReadOnlyList<string> columns, string fileKind)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(columns);
        var expected = $"The columns are: {string.Join(", ", columns)}.";
        if (header is null || header.Line != 1 || header.IsBlank)
        {
            errors.Add(new ImportRowError(1, "", $"The first line must be the header, with the column names of the template. {expected}"));
            return null;
        }

        var known = columns.ToHashSet(StringComparer.Ordinal);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<ImportRowError>();
        var width = header.Cells.Count;
        while (width > 0 && string.IsNullOrWhiteSpace(header.Cells[width - 1]))
        {
            width--;
        }

        for (var i = 0; i < width; i++)
        {
            var written = header.Cells[i].Trim();
            var name = Normalise(written);
            if (name.Length == 0)
            {
                unknown.Add(new ImportRowError(1, $"column {i + 1}", $"Column {i + 1} has no name in the header. {expected}"));
            }
            else if (!known.Contains(name))
            {
                unknown.Add(new ImportRowError(1, written, $"'{written}' is not a column of {fileKind}. {expected}"));
            }
            else if (!positions.TryAdd(name, i))
            {
                errors.Add(new ImportRowError(1, written, $"The column {name} appears twice in the header (columns {positions[name] + 1} and {i + 1})."));
            }
        }

        if (positions.Count == 0)
        {
            // Nothing in the first line is a column name: most likely the header is missing and this is a person.
            errors.Add(new ImportRowError(1, "", $"The first line is not a header: none of its cells is a column name. {expected}"));
            return null;
        }

        errors.AddRange(unknown);
        return errors.Count == 0 ? new ListColumns(positions, width) : null;
    }

    /// <summary>Header names are matched ignoring case, edge spaces, and spaces or dashes written for underscores.</summary>
    private static string Normalise(string header) =>
        header.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}
