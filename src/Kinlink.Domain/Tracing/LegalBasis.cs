namespace Kinlink.Domain.Tracing;

/// <summary>
/// Why the intermediary may process the enquiry's personal data (Handbook on Data Protection in Humanitarian Action,
/// ch. 3). The sought person cannot be asked, so their data rests on their vital interest or on the enquirer's consent.
/// </summary>
public enum LegalBasis
{
    EnquirerConsent = 1,
    VitalInterest = 2,
    Other = 3,
}
