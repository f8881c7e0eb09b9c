using System.Net;
using System.Text.RegularExpressions;

namespace Kinlink.Integration.Tests.Web;

/// <summary>
/// What a reader sees of a server-rendered page, read with a few regular expressions: the pages are our own
/// markup, so no HTML parser is needed to find a title, a field or a link.
/// </summary>
internal static partial class HtmlPage
{
    /// <summary>The text a user reads or hears: element text, plus titles, labels and placeholders in attributes.</summary>
    public static string VisibleText(string html)
    {
        var withoutCode = CodeBlocks().Replace(html, " ");
        var spokenAttributes = SpokenAttributes().Matches(withoutCode).Select(m => m.Groups["value"].Value);
        var text = Tags().Replace(withoutCode, " ") + " " + string.Join(" ", spokenAttributes);
        return Spaces().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    public static string? HtmlLang(string html) => HtmlLangAttribute().Match(html) is { Success: true } m ? m.Groups["lang"].Value : null;

    public static string Title(string html) => Text(ElementContent(html, "title") ?? "");

    public static string H1(string html) => Text(ElementContent(html, "h1") ?? "");

    public static string Text(string fragment) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(fragment, " ")), " ").Trim();

    public static string? ElementContent(string html, string tag)
    {
        var match = Regex.Match(html, $@"<{tag}\b[^>]*>(?<content>.*?)</{tag}>", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["content"].Value : null;
    }

    /// <summary>The markup of the element with this id, up to its closing tag (elements of the same name must not nest).</summary>
    public static string? ElementById(string html, string id)
    {
        var match = Regex.Match(html, $@"<(?<tag>[a-z0-9]+)\b[^>]*\bid=""{Regex.Escape(id)}""[^>]*>(?<content>.*?)</\k<tag>>", RegexOptions.Singleline);
        return match.Success ? match.Value : null;
    }

    /// <summary>The opening tag of the control with this id (input, select or textarea).</summary>
    public static string? ControlTag(string html, string id) =>
        Regex.Match(html, $@"<(input|select|textarea)\b[^>]*\bid=""{Regex.Escape(id)}""[^>]*>") is { Success: true } m ? m.Value : null;

    public static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $@"\b{Regex.Escape(name)}=""(?<value>[^""]*)""") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["value"].Value) : null;

    /// <summary>The value an input shows, or the option a select has chosen.</summary>
    public static string? FieldValue(string html, string id)
    {
        var tag = ControlTag(html, id);
        if (tag is null)
        {
            return null;
        }

        if (tag.StartsWith("<select", StringComparison.Ordinal))
        {
            var select = ElementById(html, id) ?? "";
            var selected = Regex.Match(select, @"<option\b[^>]*\bvalue=""(?<value>[^""]*)""[^>]*\bselected\b");
            return selected.Success ? WebUtility.HtmlDecode(selected.Groups["value"].Value) : null;
        }

        if (tag.StartsWith("<textarea", StringComparison.Ordinal))
        {
            return Text(ElementById(html, id) ?? "");
        }

        return Attribute(tag, "value");
    }

    public static string AntiforgeryToken(string html)
    {
        var tag = Regex.Match(html, @"<input\b[^>]*\bname=""__RequestVerificationToken""[^>]*>");
        Assert.True(tag.Success, "The form carries no antiforgery token.");
        return Attribute(tag.Value, "value")!;
    }

    /// <summary>Every link target on the page, decoded.</summary>
    public static IReadOnlyList<string> Links(string html) =>
        LinkTargets().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value)).ToList();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CodeBlocks();

    [GeneratedRegex(@"\b(?:title|aria-label|placeholder|alt)=""(?<value>[^""]*)""")]
    private static partial Regex SpokenAttributes();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<html\b[^>]*\blang=""(?<lang>[^""]*)""")]
    private static partial Regex HtmlLangAttribute();

    [GeneratedRegex(@"<a\b[^>]*\bhref=""(?<href>[^""]*)""")]
    private static partial Regex LinkTargets();
}
