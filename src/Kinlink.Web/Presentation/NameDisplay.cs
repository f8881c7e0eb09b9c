using Kinlink.Matching;
using Microsoft.AspNetCore.Html;

namespace Kinlink.Web.Presentation;

/// <summary>
/// A name in the script it was written in, with its Latin reading beside it. Both are marked with their
/// language where the letters tell it, so screen readers voice them right, and with translate="no", so a
/// browser's page translation leaves names alone.
/// </summary>
public static class NameDisplay
{
    public static IHtmlContent Show(string? name, string? latin)
    {
        var builder = new HtmlContentBuilder();
        if (string.IsNullOrWhiteSpace(name))
        {
            return builder;
        }

        var (lang, latinLang) = Languages(name);
        builder.AppendHtml("<span class=\"name\" translate=\"no\"");
        if (lang is not null)
        {
            builder.AppendHtml($" lang=\"{lang}\"");
        }

        builder.AppendHtml(">").Append(name).AppendHtml("</span>");
        if (!string.IsNullOrWhiteSpace(latin) && !string.Equals(latin, name, StringComparison.Ordinal))
        {
            builder.AppendHtml($" <span class=\"latin\" translate=\"no\" lang=\"{latinLang}\">").Append(latin).AppendHtml("</span>");
        }

        return builder;
    }

    private static (string? Lang, string LatinLang) Languages(string name) => ScriptDetector.Detect(name) switch
    {
        NameScript.Cyrillic or NameScript.Mixed => ScriptDetector.GuessLanguage(name) switch
        {
            CyrillicLanguage.Ukrainian => ("uk", "uk-Latn"),
            CyrillicLanguage.Russian => ("ru", "ru-Latn"),
            CyrillicLanguage.Unknown => ("und-Cyrl", "und-Latn"),
        },
        NameScript.Latin or NameScript.Unknown => (null, "und-Latn"),
    };
}
