using Kinlink.Domain.Registry;

namespace Kinlink.Data.Demo;

/// <summary>
/// One detaining party and the persons it holds: its places by kind, the party its prisoners depend on,
/// the language its lists are written in, and the shares that differ between the two sides.
/// </summary>
internal sealed record DemoSide(
    Party Holder,
    Party Nationals,
    bool ListsInUkrainian,
    IReadOnlyList<PlaceOfDetention> TransitPoints,
    IReadOnlyList<PlaceOfDetention> Detention,
    IReadOnlyList<PlaceOfDetention> Hospitals,
    IReadOnlyList<ForeignOrigin> Foreigners,
    double CivilianShare,
    double FemaleSoldierShare);
