namespace Kinlink.Domain.Common;

public readonly record struct SourceListId(Guid Value)
{
    public static SourceListId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
