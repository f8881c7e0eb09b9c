namespace Kinlink.Data.Tracing;

/// <summary>
/// An enquiry as a form or an API body gives it: plain text, read and checked in one place by <see cref="EnquiryInputReader"/>.
/// Codes are kebab-case (<c>other-relative</c>, <c>partner-society</c>, <c>vital-interest</c>); dates <c>YYYY-MM-DD</c>,
/// <c>YYYY-MM</c> or <c>YYYY</c>.
/// </summary>
public sealed record EnquiryInput
{
    public EnquirerInput? Enquirer { get; init; }
    public SoughtPersonInput? SoughtPerson { get; init; }
    public CircumstancesInput? Circumstances { get; init; }
    public string? Channel { get; init; }
    public string? LegalBasis { get; init; }
    public string? LegalBasisNote { get; init; }
    public ConsentInput? Consent { get; init; }
}
