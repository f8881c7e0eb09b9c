namespace Kinlink.Domain.Common;

public readonly record struct PersonMergeId(Guid Value)
{
    public static PersonMergeId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
