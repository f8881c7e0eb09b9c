namespace Kinlink.Domain.Tracing;

/// <summary>
/// The located person's answer as a caseworker records it: the answer, when and how it was obtained, and, with a refusal,
/// what the person still allowed the family to be told. Null fields were not given; <see cref="Enquiry.RecordSharingConsent"/> says which are needed.
/// </summary>
public sealed record SharingConsentDraft(
    SharingConsent? Consent,
    DateOnly? ObtainedOn,
    ConsentObtainedBy? ObtainedBy,
    RefusalAllowance? AllowedOnRefusal,
    string? Note);
