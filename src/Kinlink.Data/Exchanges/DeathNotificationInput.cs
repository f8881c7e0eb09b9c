namespace Kinlink.Data.Exchanges;

/// <summary>
/// A notification of death as a caseworker enters it from the detaining party's form (Annex IV D): for whom (registry
/// reference), which party notified it (code, optional), and the particulars; dates as a year, a month or a day.
/// <see cref="Version"/> is the one read, for a correction.
/// </summary>
public sealed record DeathNotificationInput
{
    public string? Person { get; init; }

    public string? ReportedBy { get; init; }

    public string? DateOfDeath { get; init; }

    public string? PlaceOfDeath { get; init; }

    public string? CauseOfDeath { get; init; }

    public string? Circumstances { get; init; }

    public string? DateOfBurial { get; init; }

    public string? PlaceOfBurial { get; init; }

    public string? GraveIdentification { get; init; }

    public bool GraveMarked { get; init; }

    public bool Cremated { get; init; }

    public string? CremationReason { get; init; }

    public bool OfficialEnquiryRequired { get; init; }

    public string? ResponsibleAuthority { get; init; }

    public string? Witnesses { get; init; }

    public int? Version { get; init; }
}
