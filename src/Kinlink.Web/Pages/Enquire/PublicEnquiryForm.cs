using System.Globalization;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Tracing;

namespace Kinlink.Web.Pages.Enquire;

/// <summary>
/// The public enquiry form as posted: one flat name per control (the same as its id, which the error summary links to).
/// The channel, the legal basis and the consent date are not the family's to choose: the service sets them.
/// </summary>
public sealed class PublicEnquiryForm
{
    public string? EnquirerFullName { get; set; }

    public string? EnquirerRelation { get; set; }

    public string? EnquirerRelationOther { get; set; }

    public string? EnquirerPhone { get; set; }

    public string? EnquirerEmail { get; set; }

    public string? EnquirerPostalAddress { get; set; }

    public string? SoughtSurname { get; set; }

    public string? SoughtGivenName { get; set; }

    public string? SoughtPatronymic { get; set; }

    public string? SoughtSex { get; set; }

    public string? SoughtDateOfBirth { get; set; }

    public string? SoughtAgeYears { get; set; }

    public string? SoughtPlaceOfBirth { get; set; }

    public string? SoughtMilitaryUnit { get; set; }

    public string? SoughtServiceNumber { get; set; }

    public string? LastNewsDate { get; set; }

    public string? LastNewsPlace { get; set; }

    public string? HowNewsCame { get; set; }

    public bool Consent { get; set; }

    /// <summary>
    /// The form's control for each field the service names; the service's consent and legal-basis fields are the one
    /// checkbox here, and an approximate age is always "now", so its date's problems belong to the age.
    /// </summary>
    public static string ControlFor(string serviceField) => serviceField switch
    {
        "enquirer.fullName" => "enquirerFullName",
        "enquirer.relation" => "enquirerRelation",
        "enquirer.relationOther" => "enquirerRelationOther",
        "enquirer.phone" => "enquirerPhone",
        "enquirer.email" => "enquirerEmail",
        "enquirer.postalAddress" => "enquirerPostalAddress",
        "soughtPerson.surname" => "soughtSurname",
        "soughtPerson.givenName" => "soughtGivenName",
        "soughtPerson.patronymic" => "soughtPatronymic",
        "soughtPerson.sex" => "soughtSex",
        "soughtPerson.dateOfBirth" => "soughtDateOfBirth",
        "soughtPerson.approximateAge.years" or "soughtPerson.approximateAge.asOf" => "soughtAgeYears",
        "soughtPerson.placeOfBirth" => "soughtPlaceOfBirth",
        "soughtPerson.militaryUnit" => "soughtMilitaryUnit",
        "soughtPerson.serviceNumber" => "soughtServiceNumber",
        "circumstances.lastNewsDate" => "lastNewsDate",
        "circumstances.lastNewsPlace" => "lastNewsPlace",
        "circumstances.howNewsCame" => "howNewsCame",
        _ => "consent",
    };

    /// <summary>The enquiry as the service takes it; the family answers in the language the form is shown in.</summary>
    public EnquiryInput ToInput(string language, DateOnly today)
    {
        var ageGiven = !string.IsNullOrWhiteSpace(SoughtAgeYears);
        return new EnquiryInput
        {
            Enquirer = new EnquirerInput
            {
                FullName = EnquirerFullName,
                Relation = EnquirerRelation,
                RelationOther = EnquirerRelationOther,
                Phone = EnquirerPhone,
                Email = EnquirerEmail,
                PostalAddress = EnquirerPostalAddress,
                Language = language,
            },
            SoughtPerson = new SoughtPersonInput
            {
                Surname = SoughtSurname,
                GivenName = SoughtGivenName,
                Patronymic = SoughtPatronymic,
                Sex = SoughtSex,
                DateOfBirth = SoughtDateOfBirth,
                ApproximateAge = ageGiven
                    ? new ApproximateAgeInput
                    {
                        Years = int.TryParse(SoughtAgeYears!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years) ? years : null,
                        AsOf = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    }
                    : null,
                PlaceOfBirth = SoughtPlaceOfBirth,
                MilitaryUnit = SoughtMilitaryUnit,
                ServiceNumber = SoughtServiceNumber,
            },
            Circumstances = new CircumstancesInput { LastNewsDate = LastNewsDate, LastNewsPlace = LastNewsPlace, HowNewsCame = HowNewsCame },
            Consent = new ConsentInput { Given = Consent },
        };
    }

    /// <summary>The controls in the order the form shows them, so the error summary lists problems in that order too.</summary>
    public static IReadOnlyList<string> Controls { get; } =
    [
        "enquirerFullName", "enquirerRelation", "enquirerRelationOther", "enquirerPhone", "enquirerEmail", "enquirerPostalAddress",
        "soughtSurname", "soughtGivenName", "soughtPatronymic", "soughtSex", "soughtDateOfBirth", "soughtAgeYears", "soughtPlaceOfBirth",
        "soughtMilitaryUnit", "soughtServiceNumber", "lastNewsDate", "lastNewsPlace", "howNewsCame", "consent",
    ];

    public static IReadOnlyList<EnquirerRelation> Relations { get; } = Enum.GetValues<EnquirerRelation>();
}
