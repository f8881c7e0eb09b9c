namespace Kinlink.Domain.Tracing;

/// <summary>Everything an enquiry is opened with; <see cref="EnquiryRules.Problems"/> says what is wrong with it, by field.</summary>
public sealed record EnquiryDraft(
    EnquirerDraft Enquirer,
    SoughtPersonDraft SoughtPerson,
    LastNewsDraft Circumstances,
    EnquiryChannel? Channel,
    LegalBasis? LegalBasis,
    string? LegalBasisNote,
    bool ConsentGiven,
    DateOnly? ConsentDate);
