namespace Kinlink.Domain.Common;

public readonly record struct PlaceId(Guid Value)
{
    public static PlaceId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
