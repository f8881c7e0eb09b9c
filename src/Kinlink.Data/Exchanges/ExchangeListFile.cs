using Kinlink.Data.Registry;
using Kinlink.Data.Registry.ListFiles;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Col = Kinlink.Data.Exchanges.ExchangeListColumns;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// A party's exchange list read with the registry's list reader (CSV or XLSX, the same header matching and row report):
/// its data rows, and each row read into a listing or refused column by column.
/// </summary>
internal sealed class ExchangeListFile
{
    private readonly ListColumns _columns;

    private ExchangeListFile(ListColumns columns, IReadOnlyList<ListRow> rows)
    {
        _columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<ListRow> Rows { get; }

    /// <summary>The file's rows, or null with the reasons (line 0 for the file, line 1 for the header) when it cannot be read as a list.</summary>
    public static ExchangeListFile? Read(byte[] content, string fileName, out List<ImportRowError> errors)
    {
        errors = [];
        List<ListRow> rows;
        try
        {
            rows = ListFile.Read(content, fileName);
        }
        catch (ListFileException ex)
        {
            errors.Add(new ImportRowError(0, "file", ex.Message));
            return null;
        }

        var columns = ListColumns.FromHeader(rows.FirstOrDefault(), errors, Col.All, "an exchange list");
        if (columns is null)
        {
            return null;
        }

        if (!columns.Has(Col.Surname))
        {
            errors.Add(new ImportRowError(1, Col.Surname, $"The header has no {Col.Surname} column; every person on a list needs one."));
            return null;
        }

        var data = rows.Skip(1).Where(r => !r.IsBlank).ToList();
        if (data.Count == 0)
        {
            errors.Add(new ImportRowError(0, "file", "The file has a header but no rows of persons."));
            return null;
        }

        return new ExchangeListFile(columns, data);
    }

    /// <summary>The row as a listing, or null with every problem of the row added to <paramref name="errors"/>.</summary>
    public ExchangeListing? Listing(ListRow row, List<ImportRowError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        var before = errors.Count;
        string? V(string column) => _columns.Value(row, column);
        for (var i = _columns.Width; i < row.Cells.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(row.Cells[i]))
            {
                // In CSV this is nearly always an unquoted separator inside a value, which shifts every column after it.
                errors.Add(new ImportRowError(row.Line, $"column {i + 1}", $"'{row.Cells[i].Trim()}' stands beyond the last named column: check for a comma in a value that is not in quotes."));
            }
        }

        var surname = V(Col.Surname) ?? "";
        if (surname.Length == 0)
        {
            errors.Add(new ImportRowError(row.Line, Col.Surname, "The surname is required."));
        }

        if (!PartialDate.TryParse(V(Col.DateOfBirth), out var dateOfBirth, out var dateError))
        {
            errors.Add(new ImportRowError(row.Line, Col.DateOfBirth, $"'{V(Col.DateOfBirth)}' is not a date of birth ({dateError}): write YYYY-MM-DD, YYYY-MM or YYYY."));
        }

        Check(row, Col.Surname, surname, ExchangeEntry.NameLength, errors);
        Check(row, Col.GivenName, V(Col.GivenName), ExchangeEntry.NameLength, errors);
        Check(row, Col.Patronymic, V(Col.Patronymic), ExchangeEntry.NameLength, errors);
        Check(row, Col.ServiceNumber, V(Col.ServiceNumber), ExchangeEntry.ServiceNumberLength, errors);
        Check(row, Col.Note, V(Col.Note), ExchangeEntry.NoteLength, errors);
        return errors.Count > before ? null : new ExchangeListing(surname, V(Col.GivenName), V(Col.Patronymic), dateOfBirth, V(Col.ServiceNumber), V(Col.Note));
    }

    /// <summary>The file column a field of <see cref="ExchangeListing"/> comes from, for a refusal the domain names by field.</summary>
    public static string ColumnOf(string field) => field switch
    {
        "givenName" => Col.GivenName,
        "serviceNumber" => Col.ServiceNumber,
        "dateOfBirth" => Col.DateOfBirth,
        _ => field,
    };

    private static void Check(ListRow row, string column, string? value, int length, List<ImportRowError> errors)
    {
        if ((value ?? "").Length > length)
        {
            errors.Add(new ImportRowError(row.Line, column, $"At most {length} characters."));
        }
    }
}
