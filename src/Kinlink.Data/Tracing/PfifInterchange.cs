using System.Globalization;
using System.Xml.Linq;
using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>
/// What PFIF 1.4 (the Person Finder Interchange Format, <c>peers.md</c> §2.3.2) looks like to Kinlink: the namespace,
/// the order of the person's and the note's fields (the schema's sequences), and how a case's status reads as a note's
/// status. Shared by the export and the import so the two cannot drift apart.
/// </summary>
public static class PfifInterchange
{
    public static readonly XNamespace Namespace = "http://zesty.ca/pfif/1.4";

    /// <summary>Shadow column on enquiries: the PFIF <c>person_record_id</c> an imported enquiry came from.</summary>
    public const string SourceRecordIdColumn = "PfifSourceRecordId";

    public const int RecordIdLength = 500;

    /// <summary>The person record's fields in the order PFIF 1.4 lists them; an exported person writes them in this order.</summary>
    public static readonly IReadOnlyList<string> PersonFields =
    [
        "person_record_id", "entry_date", "expiry_date", "author_name", "author_email", "author_phone", "source_name", "source_date", "source_url",
        "full_name", "given_name", "family_name", "alternate_names", "description", "sex", "date_of_birth", "age",
        "home_street", "home_neighborhood", "home_city", "home_state", "home_postal_code", "home_country", "photo_url", "profile_urls",
    ];

    /// <summary>The note record's fields in the order PFIF 1.4 lists them.</summary>
    public static readonly IReadOnlyList<string> NoteFields =
    [
        "note_record_id", "person_record_id", "linked_person_record_id", "entry_date", "author_name", "author_email", "author_phone", "source_date",
        "author_made_contact", "status", "email_of_found_person", "phone_of_found_person", "last_known_location", "text", "photo_url",
    ];

    // Labels of the lines Kinlink writes into a person's description for the fields PFIF has no element for; the
    // import reads them back, so an enquiry exported and imported again keeps them.
    public const string PatronymicLabel = "Patronymic";
    public const string PlaceOfBirthLabel = "Place of birth";
    public const string MilitaryUnitLabel = "Military unit";
    public const string ServiceNumberLabel = "Service number";
    public const string DependsOnLabel = "Depends on";
    public const string LastNewsDateLabel = "Last news date";

    public static IReadOnlyList<string> DescriptionLabels { get; } =
        [PatronymicLabel, PlaceOfBirthLabel, MilitaryUnitLabel, ServiceNumberLabel, DependsOnLabel, LastNewsDateLabel];

    /// <summary>
    /// The PFIF note status a case's status is told as. A located person's news goes out only with their consent to
    /// share it (domain.md R-I4): without it the note says no more than that information is sought. A withdrawn
    /// enquiry has no PFIF status (none means "the family stopped asking"), so its note carries none.
    /// </summary>
    public static string? StatusOf(EnquiryStatus status, SharingConsent consent) => status switch
    {
        EnquiryStatus.Open => "information_sought",
        EnquiryStatus.Searching => "information_sought",
        EnquiryStatus.Located => consent == SharingConsent.Given ? "believed_alive" : "information_sought",
        EnquiryStatus.ReportedDead => "believed_dead",
        EnquiryStatus.ClosedWithoutResult => "believed_missing",
        EnquiryStatus.Withdrawn => null,
    };

    /// <summary>The note's text for a status, in English (the interchange's common language).</summary>
    public static string TextOf(EnquiryStatus status, SharingConsent consent) => status switch
    {
        EnquiryStatus.Open => "Enquiry received; information is sought.",
        EnquiryStatus.Searching => "The search is under way; information is sought.",
        EnquiryStatus.Located => consent == SharingConsent.Given
            ? "The person was located and agreed that this news be shared."
            : "The search is under way; information is sought.",
        EnquiryStatus.ReportedDead => "The person was reported dead.",
        EnquiryStatus.ClosedWithoutResult => "The search ended without result; the person is believed missing.",
        EnquiryStatus.Withdrawn => "The enquiry was withdrawn by the enquirer.",
    };

    /// <summary>PFIF's UTC time format (<c>YYYY-MM-DDThh:mm:ssZ</c>).</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static bool TryParseTime(string? text, out DateTimeOffset at) =>
        DateTimeOffset.TryParseExact(text?.Trim(), ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"], CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);
}
