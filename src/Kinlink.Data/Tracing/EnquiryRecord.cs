using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>An enquiry as read, with the party code of the sought person's side and the confirmed person's reference resolved.</summary>
public sealed record EnquiryRecord(Enquiry Enquiry, string? SoughtDependsOnPartyCode, string SoughtNameLatin, string? PersonReference = null);
