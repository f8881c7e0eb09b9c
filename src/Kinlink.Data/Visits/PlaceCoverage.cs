using Kinlink.Domain.Common;

namespace Kinlink.Data.Visits;

/// <summary>
/// Visit coverage of one place of detention: the persons held there now, how many a delegate has seen at least once,
/// how many are overdue (never seen, or last seen more than the revisit interval ago), and the last visit's day.
/// </summary>
public sealed record PlaceCoverage(PlaceId PlaceId, string PlaceCode, string PlaceName, string PlaceNameLatin, string PartyCode, int Held, int Seen, int Overdue, DateOnly? LastVisitOn)
{
    /// <summary>The share of the persons held who were seen at least once, from 0 to 1; 0 for a place holding no one.</summary>
    public double SeenShare => Held == 0 ? 0 : (double)Seen / Held;
}
