namespace Kinlink.Domain.Tracing;

/// <summary>The person asking, as read from a form or an API body; checked by <see cref="EnquiryRules"/>.</summary>
public sealed record EnquirerDraft(
    string? FullName,
    EnquirerRelation? Relation,
    string? RelationOther,
    string? Phone,
    string? Email,
    string? PostalAddress,
    EnquiryLanguage? Language);
