using Kinlink.Data.Registry;

namespace Kinlink.Data.Visits;

/// <summary>
/// What entering a filled-in visit sheet did: nothing when <see cref="Errors"/> is not empty (every bad row is named,
/// line and column, as for a notification list), otherwise how many persons were recorded and how many of them were
/// registered for the first time. Rows whose result columns were all left empty are not recorded.
/// </summary>
public sealed record VisitResultsReport(
    string VisitReference, string FileName, int RowsTotal, int RowsLeftBlank, int PersonsRecorded, int PersonsRegistered, IReadOnlyList<ImportRowError> Errors)
{
    public bool Stored => Errors.Count == 0;
}
