using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;

namespace Kinlink.Web.Presentation;

/// <summary>
/// The messages the services write (refusals, field errors, import row reasons), gettext-style: each entry is keyed by
/// its English text with the interpolated values written as {0}, {1}…, and holds that template in each other language.
/// The English templates are compiled once into patterns whose holes match any text (shortest first), tried most
/// specific first (the most fixed text, then the fewest holes), so "Person '{0}' was not found." wins over
/// "{0} '{1}' was not found.".
/// </summary>
public sealed partial class MessageCatalogue
{
    /// <summary>The resource files Resources/ServiceMessages*.resx, kept apart from the pages' SharedResource.</summary>
    public const string ResourceBaseName = "Kinlink.Web.Resources.ServiceMessages";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly IReadOnlyList<Template> _templates;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _translations;

    /// <param name="translations">Per culture name ("uk", "ru"): English template to that culture's template.</param>
    public MessageCatalogue(IEnumerable<string> englishTemplates, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> translations)
    {
        ArgumentNullException.ThrowIfNull(englishTemplates);
        _translations = translations ?? throw new ArgumentNullException(nameof(translations));
        _templates = [.. englishTemplates.Distinct(StringComparer.Ordinal).Select(Template.Compile)
            .OrderByDescending(t => t.FixedLength).ThenBy(t => t.Holes).ThenBy(t => t.English, StringComparer.Ordinal)];
    }

    /// <summary>The catalogue the web app ships, read from its resources once (they do not change while it runs).</summary>
    public static MessageCatalogue Shipped { get; } = FromResources(new ResourceManager(ResourceBaseName, typeof(MessageCatalogue).Assembly));

    public IReadOnlyList<string> EnglishTemplates => [.. _templates.Select(t => t.English)];

    /// <summary>Whether the catalogue has a table for <paramref name="culture"/> or one of its parents; English needs none.</summary>
    public string? TableFor(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        for (var c = culture; !Equals(c, CultureInfo.InvariantCulture); c = c.Parent)
        {
            if (_translations.ContainsKey(c.Name))
            {
                return c.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="message"/> in the language whose table is <paramref name="table"/>, or null when no template
    /// matches it. A captured value that is itself a catalogue message (a reason quoted inside another) is translated too.
    /// </summary>
    public string? TryTranslate(string message, string table) => TryTranslate(message, table, depth: 0);

    private string? TryTranslate(string message, string table, int depth)
    {
        if (!_translations.TryGetValue(table, out var translations))
        {
            return null;
        }

        foreach (var template in _templates)
        {
            var match = template.Pattern.Match(message);
            if (!match.Success || !translations.TryGetValue(template.English, out var translated) || translated.Length == 0)
            {
                continue;
            }

            return HoleMark().Replace(translated, hole =>
            {
                var value = match.Groups["h" + hole.Groups[1].Value].Value;
                return depth < 2 && value.Length > 0 ? TryTranslate(value, table, depth + 1) ?? value : value;
            });
        }

        return depth == 0 ? TryTranslateSentences(message, table) : null;
    }

    /// <summary>
    /// Several messages joined into one text (a row's reasons joined by a space): translated sentence by sentence when
    /// every sentence is in the catalogue, else null.
    /// </summary>
    private string? TryTranslateSentences(string message, string table)
    {
        for (var end = message.IndexOf(". ", StringComparison.Ordinal); end > 0; end = message.IndexOf(". ", end + 1, StringComparison.Ordinal))
        {
            var first = TryTranslate(message[..(end + 1)], table, depth: 1);
            if (first is null)
            {
                continue;
            }

            var rest = message[(end + 2)..];
            var restTranslated = TryTranslate(rest, table, depth: 1) ?? TryTranslateSentences(rest, table);
            if (restTranslated is not null)
            {
                return first + " " + restTranslated;
            }
        }

        return null;
    }

    /// <summary>The templates of a resource set: the neutral (English) file's names, and each culture's values.</summary>
    public static MessageCatalogue FromResources(ResourceManager resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var english = Entries(resources, CultureInfo.InvariantCulture).Keys;
        var translations = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in UiCultures.All.Skip(1))
        {
            translations[culture] = Entries(resources, CultureInfo.GetCultureInfo(culture));
        }

        return new MessageCatalogue(english, translations);
    }

    private static Dictionary<string, string> Entries(ResourceManager resources, CultureInfo culture)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        if (set is null)
        {
            return entries;
        }

        foreach (DictionaryEntry entry in set)
        {
            if (entry is { Key: string key, Value: string value })
            {
                entries[key] = value;
            }
        }

        return entries;
    }

    /// <summary>The holes {0}, {1}… of a template, as a set, so two templates can be checked for the same values.</summary>
    public static IReadOnlySet<string> HolesOf(string template) =>
        HoleMark().Matches(template ?? throw new ArgumentNullException(nameof(template))).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(\d+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex HoleMark();

    private sealed record Template(string English, Regex Pattern, int FixedLength, int Holes)
    {
        public static Template Compile(string english)
        {
            var pattern = new StringBuilder("^");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var last = 0;
            foreach (Match hole in HoleMark().Matches(english))
            {
                pattern.Append(Regex.Escape(english[last..hole.Index]));
                var name = "h" + hole.Groups[1].Value;
                // A hole written twice must hold the same value both times.
                pattern.Append(seen.Add(name) ? $"(?<{name}>.*?)" : $@"\k<{name}>");
                last = hole.Index + hole.Length;
            }

            pattern.Append(Regex.Escape(english[last..])).Append(@"\z");
            var fixedLength = english.Length - HoleMark().Matches(english).Sum(m => m.Length);
            return new Template(english, new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, MatchTimeout), fixedLength, seen.Count);
        }
    }
}
