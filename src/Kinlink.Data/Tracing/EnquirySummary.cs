using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>One row of the enquiries list: enough to recognise the case, not its contact details.</summary>
public sealed record EnquirySummary(
    EnquiryId Id, string Reference, EnquiryStatus Status, string SoughtSurname, string SoughtGivenName, string SoughtPatronymic,
    string SoughtNameLatin, string EnquirerFullName, EnquirerRelation EnquirerRelation, EnquiryChannel Channel, DateTimeOffset CreatedAt);
