namespace Kinlink.Data.Reports;

/// <summary>Each report's columns, in order; the headers are resource keys ("Report.Column.*"), written in the reader's language.</summary>
public static class ReportColumns
{
    private const ReportColumnKind Number = ReportColumnKind.Number;
    private const ReportColumnKind Date = ReportColumnKind.Date;

    public static IReadOnlyList<ReportColumn> Persons { get; } =
    [
        new("Report.Column.Reference"), new("Report.Column.Surname"), new("Report.Column.GivenName"), new("Report.Column.Patronymic"),
        new("Report.Column.NameLatin"), new("Report.Column.DateOfBirth"), new("Report.Column.Category"), new("Report.Column.DependsOn"),
        new("Report.Column.Status"), new("Report.Column.StatusSince"), new("Report.Column.PlaceCode"), new("Report.Column.PlaceName"),
    ];

    public static IReadOnlyList<ReportColumn> Enquiries { get; } =
    [
        new("Report.Column.Reference"), new("Report.Column.Status"), new("Report.Column.Surname"), new("Report.Column.GivenName"),
        new("Report.Column.Patronymic"), new("Report.Column.NameLatin"), new("Report.Column.Enquirer"), new("Report.Column.Relation"),
        new("Report.Column.Channel"), new("Report.Column.OpenedOn", Date), new("Report.Column.AgeDays", Number),
    ];

    public static IReadOnlyList<ReportColumn> Visits { get; } =
    [
        new("Report.Column.Reference"), new("Report.Column.PlaceCode"), new("Report.Column.PlaceName"), new("Report.Column.DetainingParty"),
        new("Report.Column.Request"), new("Report.Column.StartedOn", Date), new("Report.Column.EndedOn", Date), new("Report.Column.Delegates"),
        new("Report.Column.PersonsRecorded", Number), new("Report.Column.PersonsSeen", Number), new("Report.Column.OpenFollowUps", Number),
    ];

    public static IReadOnlyList<ReportColumn> Coverage { get; } =
    [
        new("Report.Column.PlaceCode"), new("Report.Column.PlaceName"), new("Report.Column.PlaceNameLatin"), new("Report.Column.DetainingParty"),
        new("Report.Column.Held", Number), new("Report.Column.Seen", Number), new("Report.Column.Overdue", Number), new("Report.Column.LastVisitOn", Date),
    ];

    public static IReadOnlyList<ReportColumn> Messages { get; } =
    [
        new("Report.Column.Reference"), new("Report.Column.Kind"), new("Report.Column.Direction"), new("Report.Column.PersonReference"),
        new("Report.Column.PersonName"), new("Report.Column.NameLatin"), new("Report.Column.Enquiry"), new("Report.Column.PlaceCode"),
        new("Report.Column.Status"), new("Report.Column.ReceivedAt", Date), new("Report.Column.LastStep"), new("Report.Column.LastStepAt", Date),
    ];

    public static IReadOnlyList<ReportColumn> Parcels { get; } =
    [
        new("Report.Column.Reference"), new("Report.Column.Status"), new("Report.Column.PersonReference"), new("Report.Column.PersonName"),
        new("Report.Column.NameLatin"), new("Report.Column.Enquiry"), new("Report.Column.PlaceCode"), new("Report.Column.DetainingParty"),
        new("Report.Column.Batch"), new("Report.Column.WeightGrams", Number), new("Report.Column.Lines", Number), new("Report.Column.ReceivedAt", Date),
    ];

    public static IReadOnlyList<ReportColumn> Exchanges { get; } =
    [
        new("Report.Column.Reference"), new("Report.Column.PartyA"), new("Report.Column.PartyB"), new("Report.Column.Terms"),
        new("Report.Column.CountPerSide", Number), new("Report.Column.Categories"), new("Report.Column.PlannedDate", Date), new("Report.Column.Place"),
        new("Report.Column.Status"), new("Report.Column.ListedA", Number), new("Report.Column.ListedB", Number), new("Report.Column.ExecutedOn", Date),
    ];
}
