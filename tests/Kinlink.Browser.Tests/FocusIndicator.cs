namespace Kinlink.Browser.Tests;

/// <summary>The focused element and the contrast of its focus indicator against the background behind it (filled in by the page's script).</summary>
public sealed record FocusIndicator
{
    /// <summary>Tag, id and classes, as a selector would name it.</summary>
    public string Element { get; init; } = "";

    public string Text { get; init; } = "";

    /// <summary>The best ratio among the outline and shadow colours; 0 when none of them shows.</summary>
    public double Contrast { get; init; }

    public string Outline { get; init; } = "";

    public string BoxShadow { get; init; } = "";

    public override string ToString() => $"{Element} \"{Text}\" (outline {Outline}; box-shadow {BoxShadow}; contrast {Contrast:0.00}:1)";
}
