namespace Kinlink.Data.Visits;

/// <summary>
/// Which of the persons a party holds (at a place, if given) the worklist selects: those not seen by a delegate for
/// <see cref="NotSeenForDays"/> days (and, unless <see cref="NeverVisited"/> is false, those never seen), those never
/// seen, the seriously ill or wounded, those with an open family enquiry. The criteria add up; with none given, the
/// worklist selects those never seen or not seen for the revisit interval (<c>Kinlink:Visits:RevisitDays</c>).
/// </summary>
public sealed record VisitWorklistFilter
{
    public string? Party { get; init; }
    public string? Place { get; init; }
    public int? NotSeenForDays { get; init; }
    public bool? NeverVisited { get; init; }
    public bool? SeriouslyIll { get; init; }
    public bool? EnquiryPending { get; init; }
}
