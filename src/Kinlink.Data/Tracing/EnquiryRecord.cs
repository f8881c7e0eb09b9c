using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>
/// An enquiry as read, with the party code of the sought person's side and the confirmed person's reference resolved and
/// its confidential fields in clear; <paramref name="ConfidentialFieldsErased"/> when the enquiry's key was erased and
/// those fields are gone (shown empty).
/// </summary>
public sealed record EnquiryRecord(
    Enquiry Enquiry, string? SoughtDependsOnPartyCode, string SoughtNameLatin, string? PersonReference = null, bool ConfidentialFieldsErased = false);
