namespace Kinlink.Data.Registry.Duplicates;

public readonly record struct DuplicatePairId(Guid Value)
{
    public static DuplicatePairId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
