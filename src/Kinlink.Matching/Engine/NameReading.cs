namespace Kinlink.Matching.Engine;

/// <summary>One way of reading a name field: as written, or as the keys of the other keyboard layout.</summary>
/// <param name="Text">The field as read (look-alike letters repaired).</param>
/// <param name="Skeleton">Its <see cref="NameSkeleton"/>.</param>
/// <param name="WrongLayout">True when this reading re-types the field on the other keyboard layout.</param>
public sealed record NameReading(string Text, string Skeleton, bool WrongLayout)
{
    /// <summary>The skeleton with surname gender endings folded (<see cref="Names.Surnames.Fold"/>), computed once.</summary>
    public string Folded { get; } = Names.Surnames.Fold(Skeleton);
}
