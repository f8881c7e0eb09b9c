using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry;

/// <summary>A place of detention as a list shows it, with how many persons it holds now.</summary>
public sealed record PlaceSummary(
    PlaceId Id,
    string Code,
    string Name,
    string NameLatin,
    PlaceKind Kind,
    string HoldingPartyCode,
    string Region,
    bool IsOpen,
    int? Capacity,
    int HeldNow,
    int Version);
