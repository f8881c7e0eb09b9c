using Kinlink.Domain.Registry;

namespace Kinlink.Data.Demo;

/// <summary>A place of detention of the demo set, before it becomes an entity: the name as the holding party writes it.</summary>
internal sealed record DemoPlace(
    string Code,
    string Name,
    PlaceKind Kind,
    string Region,
    string Address,
    int Capacity,
    double? Latitude = null,
    double? Longitude = null,
    bool IsOpen = true);
