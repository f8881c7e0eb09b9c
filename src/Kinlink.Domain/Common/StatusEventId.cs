namespace Kinlink.Domain.Common;

public readonly record struct StatusEventId(Guid Value)
{
    public static StatusEventId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
