namespace Kinlink.Data.Tracing;

/// <summary>What an import did, record by record: enquiries opened, records already imported, and records refused with why.</summary>
public sealed record PfifImportReport(
    int PersonRecords, IReadOnlyList<PfifImportedRecord> Imported, IReadOnlyList<PfifImportedRecord> Skipped, IReadOnlyList<PfifImportError> Errors);

/// <summary>A person record and the enquiry it is (or already was) imported as.</summary>
public sealed record PfifImportedRecord(string PersonRecordId, string EnquiryReference);

/// <summary>
/// A problem with a record (<see cref="PersonRecordId"/> null when the record has none) or with the document (both
/// null): the PFIF field and the line of its element, or of the record's element when the field is missing.
/// </summary>
public sealed record PfifImportError(string? PersonRecordId, string? Field, int Line, string Message);
