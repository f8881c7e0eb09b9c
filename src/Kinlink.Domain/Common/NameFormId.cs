namespace Kinlink.Domain.Common;

public readonly record struct NameFormId(Guid Value)
{
    public static NameFormId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
