using Kinlink.Domain.Common;

namespace Kinlink.Data.Registry;

/// <summary>What an import did, and every row it refused with line, column and reason.</summary>
public sealed record ImportReport(
    SourceListId? SourceListId,
    string FileName,
    string Source,
    string PartyCode,
    int RowsTotal,
    int RowsAccepted,
    int RowsRejected,
    int PersonsCreated,
    int PersonsUpdated,
    int EventsAdded,
    IReadOnlyList<ImportRowError> Errors)
{
    /// <summary>
    /// True when the file itself could not be read (wrong format, unknown column): nothing was stored.
    /// Errors about the whole file are on line 0, errors about the header on line 1; data rows start at line 2.
    /// </summary>
    public bool FileRejected => Errors.Any(e => e.Line <= 1);
}
