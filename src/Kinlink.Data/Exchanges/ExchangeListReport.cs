using Kinlink.Data.Registry;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// What importing a party's list into an exchange did: rows read, accepted and refused (with line, column and reason,
/// like a notification list), and how the accepted entries resolved against the registry.
/// </summary>
public sealed record ExchangeListReport(
    string FileName,
    string Party,
    int RowsTotal,
    int RowsAccepted,
    int RowsRejected,
    int Resolved,
    int Ambiguous,
    int NotFound,
    IReadOnlyList<ImportRowError> Errors)
{
    /// <summary>True when nothing was stored: the file could not be read, or not one row was accepted.</summary>
    public bool NothingStored => RowsAccepted == 0;
}
