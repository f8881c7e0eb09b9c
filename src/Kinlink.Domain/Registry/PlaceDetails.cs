namespace Kinlink.Domain.Registry;

/// <summary>What a user or a list says about a place of detention.</summary>
public sealed record PlaceDetails(
    string Code,
    string Name,
    string? NameLatin,
    PlaceKind Kind,
    string? Region,
    string? Address,
    double? Latitude = null,
    double? Longitude = null,
    int? Capacity = null,
    bool IsOpen = true);
