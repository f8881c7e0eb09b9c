namespace Kinlink.Data.Visits;

/// <summary>
/// A visit as a form or an API body gives it: the place by code, the request by reference (optional), dates
/// <c>YYYY-MM-DD</c>, the delegates' names, the access granted.
/// </summary>
public sealed record VisitInput
{
    public string? Place { get; init; }
    public string? Request { get; init; }
    public string? StartedOn { get; init; }
    public string? EndedOn { get; init; }
    public IReadOnlyList<string>? Delegates { get; init; }
    public bool AllPlacesSeen { get; init; }
    public bool PrivateInterviewsAllowed { get; init; }
    public bool DetaineeListProvided { get; init; }
    public string? AccessNotes { get; init; }

    /// <summary>The version read, for a correction (a stale one is refused).</summary>
    public int? Version { get; init; }
}
