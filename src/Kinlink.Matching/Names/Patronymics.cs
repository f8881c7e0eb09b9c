using System.Collections.Frozen;

namespace Kinlink.Matching.Names;

/// <summary>
/// Maps a patronymic back to the father's given-name class, so that Миколайович, Николаевич and
/// Nikolaevich all say "father Mykola = Nikolai". Forms are generated from the name table in both
/// languages and both sexes by the formation rules (transliteration.md §5), then indexed by
/// skeleton; a patronymic not generated falls back to stripping its suffix.
/// </summary>
public static class Patronymics
{
    private static readonly Lazy<FrozenDictionary<string, GivenNameClass>> Index = new(Build);

    // Longest first, so -йович is stripped before -ович. Skeleton spellings (see NameSkeleton).
    private static readonly string[] SkeletonSuffixes =
        ["iniqna", "iqna", "oviq", "eviq", "ivna", "ovna", "evna", "iq"];

    /// <summary>The father's class for a patronymic in any script, or null when it is not recognised.</summary>
    public static GivenNameClass? FatherOf(string? patronymic)
    {
        var skeleton = NameSkeleton.Of(patronymic);
        return FatherOfSkeleton(skeleton);
    }

    public static GivenNameClass? FatherOfSkeleton(string skeleton)
    {
        if (skeleton.Length == 0)
        {
            return null;
        }

        if (Index.Value.TryGetValue(skeleton, out var father))
        {
            return father;
        }

        var stem = Stem(skeleton);
        if (stem.Length == skeleton.Length || stem.Length < 2)
        {
            return null;
        }

        // The stem of a patronymic is the father's name without its ending (Олег -> oleg-ovich).
        foreach (var candidate in new[] { stem, stem + "o", stem + "i", stem + "a" })
        {
            var classes = GivenNames.LookupSkeleton(candidate);
            var full = classes.FirstOrDefault(m => !m.Diminutive && m.Class.Sex == 'm');
            if (full.Class is not null)
            {
                return full.Class;
            }
        }

        return null;
    }

    /// <summary>The skeleton without the patronymic suffix, for a string comparison when no class is known.</summary>
    public static string Stem(string skeleton)
    {
        ArgumentNullException.ThrowIfNull(skeleton);
        foreach (var suffix in SkeletonSuffixes)
        {
            if (skeleton.Length > suffix.Length + 1 && skeleton.EndsWith(suffix, StringComparison.Ordinal))
            {
                return skeleton[..^suffix.Length];
            }
        }

        return skeleton;
    }

    /// <summary>The Cyrillic patronymics of one father's name: Ukrainian and Russian, male and female.</summary>
    public static IReadOnlyList<string> FormsOf(GivenNameRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var forms = new List<string>();
        forms.AddRange(UkrainianForms(row.Ukrainian.ToLowerInvariant()));
        forms.AddRange(RussianForms(row.Russian.ToLowerInvariant()));
        return forms.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The usual patronymic from a father's name row, in Cyrillic: Миколайович, Николаевна.</summary>
    public static string FormOf(GivenNameRow father, CyrillicLanguage language, bool female)
    {
        ArgumentNullException.ThrowIfNull(father);
        var forms = language == CyrillicLanguage.Russian
            ? RussianForms(father.Russian.ToLowerInvariant()).ToList()
            : UkrainianForms(father.Ukrainian.ToLowerInvariant()).ToList();
        return forms[female ? 1 : 0];
    }

    private static FrozenDictionary<string, GivenNameClass> Build()
    {
        var index = new Dictionary<string, GivenNameClass>(StringComparer.Ordinal);
        foreach (var row in GivenNames.Rows.Where(r => r.Class.Sex == 'm'))
        {
            foreach (var form in FormsOf(row))
            {
                foreach (var skeleton in GivenNames.SkeletonsOf(form))
                {
                    index.TryAdd(skeleton, row.Class);
                }
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<string> UkrainianForms(string name)
    {
        switch (name)
        {
            case "григорій":
                return ["григорович", "григорівна"];
            case "яків":
                return ["якович", "яківна"];
            case "федір":
                return ["федорович", "федорівна"];
            case "микола":
                return ["миколайович", "миколаївна"];
            case "ілля":
                return ["ілліч", "іллівна"];
            case "євген":
                return ["євгенович", "євгенівна", "євгенійович", "євгеніївна"];
            case "лев":
                return ["львович", "львівна"];
        }

        if (name.EndsWith("ій", StringComparison.Ordinal))
        {
            return [name + "ович", name[..^1] + "ївна"];
        }

        if (name.EndsWith('о') || name.EndsWith('а'))
        {
            var stem = name[..^1];
            return [stem + "ович", stem + "івна"];
        }

        if (name.EndsWith('ь'))
        {
            return [name + "ович", name[..^1] + "івна"];
        }

        return [name + "ович", name + "івна"];
    }

    private static IEnumerable<string> RussianForms(string name)
    {
        switch (name)
        {
            case "павел":
                return ["павлович", "павловна"];
            case "михаил":
                return ["михайлович", "михайловна"];
            case "яков":
                return ["яковлевич", "яковлевна"];
            case "лев":
                return ["львович", "львовна"];
            case "илья":
                return ["ильич", "ильинична"];
            case "никита":
                return ["никитич", "никитична"];
            case "данила":
                return ["данилович", "даниловна"];
            case "пётр":
                return ["петрович", "петровна"];
            case "дмитрий":
                return ["дмитриевич", "дмитриевна", "дмитрьевич", "дмитрьевна"];
            case "фёдор":
                return ["фёдорович", "фёдоровна", "федорович", "федоровна"];
            case "артём":
                return ["артёмович", "артёмовна", "артемович", "артемовна"];
            case "семён":
                return ["семёнович", "семёновна", "семенович", "семеновна"];
        }

        if (name.EndsWith("ий", StringComparison.Ordinal))
        {
            var stem = name[..^2];
            // Дмитрий -> Дмитриевич beside the usual -ьевич (Юрий -> Юрьевич).
            return [stem + "ьевич", stem + "ьевна", stem + "иевич", stem + "иевна", stem + "евич", stem + "евна"];
        }

        if (name.EndsWith("ей", StringComparison.Ordinal) || name.EndsWith("ай", StringComparison.Ordinal))
        {
            var stem = name[..^1];
            return [stem + "евич", stem + "евна"];
        }

        if (name.EndsWith('ь'))
        {
            var stem = name[..^1];
            return [stem + "евич", stem + "евна"];
        }

        return [name + "ович", name + "овна"];
    }
}
