namespace Kinlink.Web.Presentation;

/// <summary>
/// One labelled form control as _Field.cshtml draws it. <see cref="Id"/> is both the control's id (the
/// error summary links to it) and its name (the form posts it), in the services' camel case.
/// </summary>
public sealed record FieldView(string Id, string Label, string? Value)
{
    public string? Hint { get; init; }

    public string? Error { get; init; }

    /// <summary>text, textarea, select, file or password (never echoes a value back).</summary>
    public string Kind { get; init; } = "text";

    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>The text of an empty first option of a select; null for none.</summary>
    public string? EmptyChoice { get; init; }

    /// <summary>A width class from site.css: width-5, width-10, width-20 or width-full.</summary>
    public string Width { get; init; } = "width-20";

    public string? Autocomplete { get; init; }

    public string? Accept { get; init; }

    public bool Required { get; init; }

    public string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.Where(s => s is not null)) is { Length: > 0 } ids
            ? ids
            : null;
}
