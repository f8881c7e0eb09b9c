using System.Globalization;
using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Tracing;

namespace Kinlink.Web.Api;

internal static class EnquiryDtoMapping
{
    public static EnquiryDto ToDto(this EnquiryRecord record)
    {
        var e = record.Enquiry;
        var age = e.SoughtApproximateAge;
        string? Confidential(string value) => record.ConfidentialFieldsErased ? null : value;
        return new EnquiryDto(
            e.Id.Value, e.Reference.Value, TracingCodes.Of(e.Status), TracingCodes.Of(e.Channel),
            new EnquirerDto(e.EnquirerFullName, TracingCodes.Of(e.EnquirerRelation), e.EnquirerRelationOther, Confidential(e.EnquirerPhone), Confidential(e.EnquirerEmail),
                Confidential(e.EnquirerPostalAddress), TracingCodes.Of(e.EnquirerLanguage)),
            new SoughtPersonDto(e.SoughtSurname, e.SoughtGivenName, e.SoughtPatronymic, record.SoughtNameLatin, RegistryCodes.Of(e.SoughtSex),
                e.SoughtDateOfBirth?.ToString(), age is null ? null : new ApproximateAgeDto(age.Years, age.AsOf.ToString()),
                e.SoughtPlaceOfBirth, e.SoughtMilitaryUnit, e.SoughtServiceNumber, record.SoughtDependsOnPartyCode),
            new CircumstancesDto(e.LastNewsDate?.ToString(), e.LastNewsPlace, Confidential(e.HowNewsCame)),
            TracingCodes.Of(e.LegalBasis), e.LegalBasisNote,
            new ConsentDto(e.ConsentGiven, e.ConsentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            e.CreatedAt, e.CreatedBy, e.Version,
            e.CaseId.Value, e.PersonId?.Value, record.PersonReference, TracingCodes.Of(e.SharingConsent),
            e.SharingConsent == SharingConsent.Refused ? TracingCodes.Of(e.AllowedOnRefusal) : null, TracingCodes.Of(FamilyDisclosure.For(e)),
            record.ConfidentialFieldsErased, record.ConfidentialFieldsErased ? ErasureNotice : null);
    }

    internal const string ErasureNotice =
        "This enquiry's key was erased: the enquirer's phone, email and postal address, how the news came and the attachments can no longer be read.";

    public static EnquirySummaryDto ToDto(this EnquirySummary s) => new(
        s.Id.Value, s.Reference, TracingCodes.Of(s.Status), s.SoughtSurname, s.SoughtGivenName, s.SoughtPatronymic, s.SoughtNameLatin,
        s.EnquirerFullName, TracingCodes.Of(s.EnquirerRelation), TracingCodes.Of(s.Channel), s.CreatedAt);
}
