namespace Kinlink.Web.Api;

// The JSON shapes of the enquiries API, grouped as a caseworker reads an enquiry: who asks, whom they seek, the last
// news, and the legal basis. Codes are kebab-case, as in the input.
// Phone, email and postal address are null when the enquiry's key was erased (EnquiryDto.ConfidentialFieldsErased).
public sealed record EnquirerDto(string FullName, string Relation, string RelationOther, string? Phone, string? Email, string? PostalAddress, string Language);

public sealed record ApproximateAgeDto(int Years, string AsOf);

public sealed record SoughtPersonDto(
    string Surname, string GivenName, string Patronymic, string NameLatin, string Sex, string? DateOfBirth, ApproximateAgeDto? ApproximateAge,
    string PlaceOfBirth, string MilitaryUnit, string? ServiceNumber, string? DependsOn);

public sealed record CircumstancesDto(string? LastNewsDate, string LastNewsPlace, string? HowNewsCame);

public sealed record ConsentDto(bool Given, string? Date);

public sealed record EnquiryDto(
    Guid Id, string Reference, string Status, string Channel, EnquirerDto Enquirer, SoughtPersonDto SoughtPerson, CircumstancesDto Circumstances,
    string LegalBasis, string LegalBasisNote, ConsentDto Consent, DateTimeOffset CreatedAt, string CreatedBy, int Version,
    Guid CaseId, Guid? PersonId, string? PersonReference, string SharingConsent, string? AllowedOnRefusal, string FamilyAnswer,
    bool ConfidentialFieldsErased = false, string? ErasureNotice = null);

public sealed record EnquirySummaryDto(
    Guid Id, string Reference, string Status, string SoughtSurname, string SoughtGivenName, string SoughtPatronymic, string SoughtNameLatin,
    string EnquirerFullName, string EnquirerRelation, string Channel, DateTimeOffset CreatedAt);
