using Kinlink.Domain.Common;

namespace Kinlink.Data.Visits;

/// <summary>The visit sheet of a place, as of <see cref="Today"/>.</summary>
public sealed record VisitSheet(PlaceId PlaceId, string PlaceCode, string PlaceName, string PlaceNameLatin, string PartyCode, DateOnly Today, DateOnly? LastVisitOn, IReadOnlyList<VisitSheetRow> Rows);
