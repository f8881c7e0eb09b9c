namespace Kinlink.Web.Api;

// The JSON shapes of an enquiry's attachments and of a PFIF import's report.
public sealed record EnquiryAttachmentDto(
    Guid Id, string Enquiry, string Kind, string FileName, string ContentType, long Size, string Sha256, string? Caption, DateTimeOffset CreatedAt, string CreatedBy);

public sealed record PfifImportedRecordDto(string PersonRecordId, string Enquiry);

public sealed record PfifImportErrorDto(string? PersonRecordId, string? Field, int Line, string Message);

public sealed record PfifImportReportDto(int PersonRecords, IReadOnlyList<PfifImportedRecordDto> Imported, IReadOnlyList<PfifImportedRecordDto> Skipped, IReadOnlyList<PfifImportErrorDto> Errors);
