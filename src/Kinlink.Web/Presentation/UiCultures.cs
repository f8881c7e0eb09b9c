namespace Kinlink.Web.Presentation;

/// <summary>The languages of the user interface, in the order the language switcher offers them; the first is the default.</summary>
public static class UiCultures
{
    public static IReadOnlyList<string> All { get; } = ["en", "uk", "ru"];

    /// <summary>The supported culture name matching <paramref name="culture"/> in any case, or null.</summary>
    public static string? Find(string? culture) => All.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
}
