namespace Kinlink.Data.Visits;

/// <summary>
/// The columns of a visit sheet, in order: the sheet a delegate prints or downloads (CSV or XLSX) for a place, fills in
/// on the visit, and gives back when no connection was possible. One row per person. A row with a registry reference
/// records that person; a row without one is a person met for the first time, registered through the registry's rules
/// from the identity columns. Yes/no columns take yes/no, true/false, 1/0, так/ні or да/нет.
/// </summary>
public static class VisitSheetColumns
{
    public const string Reference = "reference";
    public const string Surname = "surname";
    public const string GivenName = "given_name";
    public const string Patronymic = "patronymic";
    public const string DateOfBirth = "date_of_birth";
    public const string Sex = "sex";
    public const string Category = "category";
    public const string ServiceNumber = "service_number";
    public const string DependsOn = "depends_on";
    public const string Seen = "seen";
    public const string NotSeenReason = "not_seen_reason";
    public const string NotSeenNote = "not_seen_note";
    public const string PrivateInterview = "private_interview";
    public const string MessagesToSend = "messages_to_send";
    public const string FamilyToInform = "family_to_inform";

    /// <summary>The messages waiting for the person at the place (reference and kind); written for the delegate, ignored on import.</summary>
    public const string MessagesWaiting = "messages_waiting";

    /// <summary>The parcels waiting for the person at the place (references); written for the delegate, ignored on import.</summary>
    public const string ParcelsWaiting = "parcels_waiting";

    /// <summary>
    /// Every column in the order a sheet is written, and so every column the import knows. The waiting mail comes last, so
    /// a sheet written before it existed still reads the same, and the import reads nothing from it.
    /// </summary>
    public static IReadOnlyList<string> All { get; } =
        [Reference, Surname, GivenName, Patronymic, DateOfBirth, Sex, Category, ServiceNumber, DependsOn,
         Seen, NotSeenReason, NotSeenNote, PrivateInterview, MessagesToSend, FamilyToInform, MessagesWaiting, ParcelsWaiting];

    /// <summary>The columns the delegate fills in; the others identify the person.</summary>
    public static IReadOnlyList<string> Results { get; } = [Seen, NotSeenReason, NotSeenNote, PrivateInterview, MessagesToSend, FamilyToInform];
}
