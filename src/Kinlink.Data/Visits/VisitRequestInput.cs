namespace Kinlink.Data.Visits;

/// <summary>
/// A visit request as a form or an API body gives it: plain text, read and checked by <see cref="VisitRequestService"/>.
/// <see cref="Party"/> is the detaining party's code, <see cref="Place"/> a place code (optional), dates <c>YYYY-MM-DD</c>,
/// <see cref="Priority"/> a code (routine, high, urgent). Persons are named one by one, selected by
/// <see cref="FromWorklist"/>, or both.
/// </summary>
public sealed record VisitRequestInput
{
    public string? Party { get; init; }
    public string? Place { get; init; }
    public string? ProposedFrom { get; init; }
    public string? ProposedTo { get; init; }
    public string? Purpose { get; init; }
    public string? Priority { get; init; }
    public IReadOnlyList<VisitRequestPersonInput>? Persons { get; init; }
    public VisitWorklistFilter? FromWorklist { get; init; }
}
