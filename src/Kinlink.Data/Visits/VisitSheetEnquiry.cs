using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Visits;

/// <summary>An open family enquiry about a person on the sheet: its reference and status only, nothing of the enquirer.</summary>
public sealed record VisitSheetEnquiry(string Reference, EnquiryStatus Status);
