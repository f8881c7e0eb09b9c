using Kinlink.Domain.Registry;

namespace Kinlink.Data.Reports;

/// <summary>How many persons registered at one of the party's places have one status.</summary>
public sealed record PartyHeldCount(string PlaceCode, string PlaceName, string PlaceNameLatin, PersonStatus Status, int Count);
