namespace Kinlink.Data.Registry;

/// <summary>The columns of a notification or event list, in template order. Header names are matched case-insensitively.</summary>
public static class ImportColumns
{
    public const string IntermediaryRef = "intermediary_ref";
    public const string ServiceNumber = "service_number";
    public const string Surname = "surname";
    public const string GivenName = "given_name";
    public const string Patronymic = "patronymic";
    public const string Sex = "sex";
    public const string DateOfBirth = "date_of_birth";
    public const string PlaceOfBirth = "place_of_birth";
    public const string Rank = "rank";
    public const string DependsOn = "depends_on";
    public const string Category = "category";
    public const string FatherName = "father_name";
    public const string MotherMaidenName = "mother_maiden_name";
    public const string InformName = "inform_name";
    public const string InformAddress = "inform_address";
    public const string CorrespondenceAddress = "correspondence_address";
    public const string Language = "language";
    public const string Place = "place";
    public const string Event = "event";
    public const string EventDate = "event_date";
    public const string Note = "note";

    public static IReadOnlyList<string> All { get; } =
    [
        IntermediaryRef, ServiceNumber, Surname, GivenName, Patronymic, Sex, DateOfBirth, PlaceOfBirth, Rank, DependsOn, Category,
        FatherName, MotherMaidenName, InformName, InformAddress, CorrespondenceAddress, Language, Place, Event, EventDate, Note,
    ];

    /// <summary>The header line and one example row, for the template users download.</summary>
    public static string TemplateCsv() =>
        string.Join(',', All) + "\n"
        + ",AB-123456,Коваленко,Олександр,Миколайович,M,1994-03-12,Харків,сержант,UA,pow,Микола,Шевченко,Коваленко Ганна Петрівна,\"Харків, вул. Сумська 1\",,uk,RU-EXAMPLE-01,notified,2026-11-20,\n";
}
