using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>A camp, colony, pre-trial centre, hospital or transit point where persons are held.</summary>
public sealed class PlaceOfDetention
{
    private PlaceOfDetention()
    {
    }

    public PlaceId Id { get; private set; }

    /// <summary>The short code lists use to name the place (column <c>place</c>).</summary>
    public string Code { get; private set; } = "";

    /// <summary>The name as the holding party writes it.</summary>
    public string Name { get; private set; } = "";

    public string NameLatin { get; private set; } = "";

    public PlaceKind Kind { get; private set; }

    public PartyId HoldingPartyId { get; private set; }

    public string Region { get; private set; } = "";

    public string Address { get; private set; } = "";

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public int? Capacity { get; private set; }

    public bool IsOpen { get; private set; } = true;

    public int Version { get; private set; }

    public static PlaceOfDetention Create(PlaceDetails details, PartyId holdingPartyId)
    {
        ArgumentNullException.ThrowIfNull(details);
        var place = new PlaceOfDetention { Id = PlaceId.New(), HoldingPartyId = holdingPartyId };
        place.Apply(details);
        return place;
    }

    public void Update(PlaceDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Apply(details);
    }

    private void Apply(PlaceDetails details)
    {
        var errors = new Dictionary<string, string[]>();
        var code = (details.Code ?? "").Trim().ToUpperInvariant();
        if (code.Length is < 2 or > 32 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors["code"] = ["A place code is 2 to 32 letters, digits, dashes or underscores."];
        }

        if (string.IsNullOrWhiteSpace(details.Name))
        {
            errors["name"] = ["A place needs its name as written."];
        }

        if (details.Latitude is < -90 or > 90)
        {
            errors["latitude"] = ["Latitude is between -90 and 90."];
        }

        if (details.Longitude is < -180 or > 180)
        {
            errors["longitude"] = ["Longitude is between -180 and 180."];
        }

        if ((details.Latitude is null) != (details.Longitude is null))
        {
            errors["latitude"] = ["Give both latitude and longitude, or neither."];
        }

        if (details.Capacity is < 0)
        {
            errors["capacity"] = ["Capacity cannot be negative."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        Code = code;
        Name = details.Name.Trim();
        NameLatin = (details.NameLatin ?? "").Trim();
        Kind = details.Kind;
        Region = (details.Region ?? "").Trim();
        Address = (details.Address ?? "").Trim();
        Latitude = details.Latitude;
        Longitude = details.Longitude;
        Capacity = details.Capacity;
        IsOpen = details.IsOpen;
    }
}
