using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>The text codes of the tracing enumerations in the API and forms, kebab-case like the registry's.</summary>
public static partial class TracingCodes
{
    public static string Of(EnquirerRelation relation) => relation switch
    {
        EnquirerRelation.Mother => "mother",
        EnquirerRelation.Father => "father",
        EnquirerRelation.Wife => "wife",
        EnquirerRelation.Husband => "husband",
        EnquirerRelation.Partner => "partner",
        EnquirerRelation.Son => "son",
        EnquirerRelation.Daughter => "daughter",
        EnquirerRelation.Brother => "brother",
        EnquirerRelation.Sister => "sister",
        EnquirerRelation.OtherRelative => "other-relative",
        EnquirerRelation.Other => "other",
    };

    public static string Of(EnquiryLanguage language) => language switch
    {
        EnquiryLanguage.Ukrainian => "uk",
        EnquiryLanguage.Russian => "ru",
        EnquiryLanguage.English => "en",
    };

    public static string Of(EnquiryChannel channel) => channel switch
    {
        EnquiryChannel.Phone => "phone",
        EnquiryChannel.Online => "online",
        EnquiryChannel.Office => "office",
        EnquiryChannel.PartnerSociety => "partner-society",
    };

    public static string Of(LegalBasis basis) => basis switch
    {
        LegalBasis.EnquirerConsent => "consent",
        LegalBasis.VitalInterest => "vital-interest",
        LegalBasis.Other => "other",
    };

    public static string Of(EnquiryStatus status) => status switch
    {
        EnquiryStatus.Open => "open",
        EnquiryStatus.Searching => "searching",
        EnquiryStatus.Located => "located",
        EnquiryStatus.ReportedDead => "reported-dead",
        EnquiryStatus.ClosedWithoutResult => "closed-without-result",
        EnquiryStatus.Withdrawn => "withdrawn",
    };

    public static string Of(SharingConsent consent) => consent switch
    {
        SharingConsent.NotAsked => "not-asked",
        SharingConsent.Given => "given",
        SharingConsent.Refused => "refused",
    };

    public static bool TryParse<T>(string? text, Func<T, string> code, out T value)
        where T : struct, Enum => Registry.RegistryCodes.TryParseCode(text, code, out value);

    public static string List<T>(Func<T, string> code)
        where T : struct, Enum => Registry.RegistryCodes.List(code);
}
