using System.Collections.Frozen;
using System.Reflection;

namespace Kinlink.Matching.Names;

/// <summary>
/// The given-name equivalence table (shared/reference/given-names-uk-ru-en.tsv, embedded): every
/// spelling of a row, its transliterations by every system and its diminutives are indexed by
/// <see cref="NameSkeleton"/>, so a lookup finds the class whatever the script or system.
/// </summary>
public static class GivenNames
{
    private const string ResourceName = "Kinlink.Matching.Names.given-names-uk-ru-en.tsv";

    private static readonly Lazy<Table> Loaded = new(Load);

    /// <summary>The version of the name table: its row count and a hash of its text, kept with each model.</summary>
    public static string TableVersion => Loaded.Value.Version;

    public static IReadOnlyList<GivenNameClass> Classes => Loaded.Value.Classes;

    /// <summary>The classes a spelling belongs to; several when a diminutive is shared (Саша: ALEKSANDR and ALEKSANDRA).</summary>
    public static IReadOnlyList<NameClassMatch> Lookup(string? name)
    {
        var skeleton = NameSkeleton.Of(name);
        return LookupSkeleton(skeleton);
    }

    public static IReadOnlyList<NameClassMatch> LookupSkeleton(string skeleton) =>
        skeleton.Length > 0 && Loaded.Value.BySkeleton.TryGetValue(skeleton, out var matches) ? matches : [];

    public static GivenNameClass? Find(string code) =>
        Loaded.Value.ByCode.TryGetValue(code, out var found) ? found : null;

    public static GivenNameClass? Find(ReadOnlySpan<char> code) =>
        Loaded.Value.ByCodeSpan.TryGetValue(code, out var found) ? found : null;

    /// <summary>Every Cyrillic and Latin spelling of the rows of one class, full forms first, for generators and tests.</summary>
    public static IReadOnlyList<GivenNameRow> RowsOf(string code) =>
        Loaded.Value.Rows.Where(r => r.Class.Code == code).ToList();

    public static IReadOnlyList<GivenNameRow> Rows => Loaded.Value.Rows;

    private static Table Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded name table {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var classes = new Dictionary<string, GivenNameClass>(StringComparer.Ordinal);
        var rows = new List<GivenNameRow>();
        var index = new Dictionary<string, List<NameClassMatch>>(StringComparer.Ordinal);

        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length < 11)
            {
                throw new InvalidOperationException($"The name table row \"{line}\" has {cells.Length} columns; 11 are expected.");
            }

            var code = cells[0];
            if (!classes.TryGetValue(code, out var nameClass))
            {
                nameClass = new GivenNameClass(code, cells[1][0], cells[2], cells[3]);
                classes[code] = nameClass;
            }

            var latin = cells[4..8].Concat(SplitList(cells[8])).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var row = new GivenNameRow(nameClass, cells[2], cells[3], latin, SplitList(cells[9]), SplitList(cells[10]));
            rows.Add(row);

            foreach (var spelling in new[] { row.Ukrainian, row.Russian }.Concat(row.Latin))
            {
                foreach (var skeleton in SkeletonsOf(spelling))
                {
                    Add(index, skeleton, new NameClassMatch(nameClass, Diminutive: false));
                }
            }

            foreach (var diminutive in row.UkrainianDiminutives.Concat(row.RussianDiminutives))
            {
                foreach (var skeleton in SkeletonsOf(diminutive))
                {
                    Add(index, skeleton, new NameClassMatch(nameClass, Diminutive: true));
                }
            }
        }

        var version = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"given-names/{rows.Count}/{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12]}");
        return new Table(
            version,
            classes.Values.ToList(),
            rows,
            classes.ToFrozenDictionary(StringComparer.Ordinal),
            index.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<NameClassMatch>)p.Value, StringComparer.Ordinal));
    }

    /// <summary>A Cyrillic spelling under every system, and a Latin one as it is.</summary>
    internal static IEnumerable<string> SkeletonsOf(string spelling)
    {
        yield return NameSkeleton.Of(spelling);
        if (!ScriptDetector.HasCyrillic(spelling))
        {
            yield break;
        }

        foreach (var system in Enum.GetValues<TransliterationSystem>())
        {
            yield return NameSkeleton.Of(Transliterator.ToLatin(spelling, system));
        }
    }

    private static void Add(Dictionary<string, List<NameClassMatch>> index, string skeleton, NameClassMatch match)
    {
        if (skeleton.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(skeleton, out var list))
        {
            index[skeleton] = list = [];
        }

        var existing = list.FindIndex(m => m.Class.Code == match.Class.Code);
        if (existing < 0)
        {
            list.Add(match);
        }
        else if (list[existing].Diminutive && !match.Diminutive)
        {
            // A spelling that is a full form of the class outranks the same spelling as a diminutive.
            list[existing] = match;
        }
    }

    private static string[] SplitList(string cell) =>
        cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed record Table(
        string Version,
        IReadOnlyList<GivenNameClass> Classes,
        IReadOnlyList<GivenNameRow> Rows,
        FrozenDictionary<string, GivenNameClass> ByCode,
        FrozenDictionary<string, IReadOnlyList<NameClassMatch>> BySkeleton)
    {
        public FrozenDictionary<string, GivenNameClass>.AlternateLookup<ReadOnlySpan<char>> ByCodeSpan { get; } = ByCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
