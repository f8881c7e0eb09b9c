namespace Kinlink.Matching.Names;

/// <summary>
/// Surname keys with the grammatical gender folded away (Іванова/Иванов, Ковальська/Ковальский,
/// Ковальов/Ковалёв), because an enquiry about a woman may cite her father's or husband's form.
/// </summary>
public static class Surnames
{
    // Skeleton endings, longest first, and what they fold to.
    private static readonly (string Ending, string Folded)[] Folds =
    [
        ("skaia", "ski"),
        ("ckaia", "cki"),
        ("ska", "ski"),
        ("cka", "cki"),
        ("aia", "i"),
        ("ova", "ov"),
        ("eva", "ov"),
        ("ina", "in"),
        ("ev", "ov"),
    ];

    /// <summary>The gender-folded skeleton of a surname.</summary>
    public static string Key(string? surname) => Fold(NameSkeleton.Of(surname));

    public static string Fold(string skeleton)
    {
        ArgumentNullException.ThrowIfNull(skeleton);
        foreach (var (ending, folded) in Folds)
        {
            if (skeleton.Length >= ending.Length + 2 && skeleton.EndsWith(ending, StringComparison.Ordinal))
            {
                return string.Concat(skeleton.AsSpan(0, skeleton.Length - ending.Length), folded);
            }
        }

        return skeleton;
    }
}
