using System.Xml.Linq;

namespace Kinlink.Integration.Tests.Web;

/// <summary>The UI text as the resource files in the source tree hold it: key to value, per culture.</summary>
internal static class UiResources
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> ByCulture = new(Load);

    public static IReadOnlyDictionary<string, string> English => ByCulture.Value["en"];

    public static IReadOnlyDictionary<string, string> For(string culture) => ByCulture.Value[culture];

    public static string Text(string culture, string key) => For(culture)[key];

    public static string ResourcesDirectory => Path.Combine(RepositoryRoot(), "src", "Kinlink.Web", "Resources");

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Load() => new()
    {
        ["en"] = Read("SharedResource.resx"),
        ["uk"] = Read("SharedResource.uk.resx"),
        ["ru"] = Read("SharedResource.ru.resx"),
    };

    internal static IReadOnlyDictionary<string, string> ReadFile(string fileName) => Read(fileName);

    private static Dictionary<string, string> Read(string fileName) =>
        XDocument.Load(Path.Combine(ResourcesDirectory, fileName)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kinlink.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Kinlink.slnx above {AppContext.BaseDirectory}.");
    }
}
