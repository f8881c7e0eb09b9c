namespace Kinlink.Data.Registry;

/// <summary>A place of detention as a form or an API body gives it. <see cref="Kind"/>: camp, penal-colony, pre-trial-centre, hospital, transit-point, other.</summary>
public sealed record PlaceInput
{
    public string? Code { get; init; }
    public string? Name { get; init; }
    public string? NameLatin { get; init; }
    public string? Kind { get; init; }
    public string? HoldingParty { get; init; }
    public string? Region { get; init; }
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public int? Capacity { get; init; }
    public bool IsOpen { get; init; } = true;
}
