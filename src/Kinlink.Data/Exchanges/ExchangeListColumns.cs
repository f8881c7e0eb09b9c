namespace Kinlink.Data.Exchanges;

/// <summary>The columns of a party's exchange list, in template order; header names are matched like the registry's lists.</summary>
public static class ExchangeListColumns
{
    public const string Surname = "surname";
    public const string GivenName = "given_name";
    public const string Patronymic = "patronymic";
    public const string DateOfBirth = "date_of_birth";
    public const string ServiceNumber = "service_number";
    public const string Note = "note";

    public static IReadOnlyList<string> All { get; } = [Surname, GivenName, Patronymic, DateOfBirth, ServiceNumber, Note];

    /// <summary>The header and one example row, for the template users download.</summary>
    public static string TemplateCsv() =>
        string.Join(',', All) + "\n"
        + "Коваленко,Олександр,Миколайович,1994-03-12,AB-123456,\"seriously wounded, stretcher\"\n";
}
