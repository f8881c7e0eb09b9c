namespace Kinlink.Domain.Tracing;

/// <summary>
/// Where a case stands (issue 5 item 4): taken down, being searched, and one of the ends. "Located" means the person was
/// found alive and held, with the place known to the intermediary; what the family may be told of it depends on the
/// person's <see cref="SharingConsent"/>.
/// </summary>
public enum EnquiryStatus
{
    Open = 1,
    Searching = 2,
    Located = 3,
    ReportedDead = 4,
    ClosedWithoutResult = 5,
    Withdrawn = 6,
}
