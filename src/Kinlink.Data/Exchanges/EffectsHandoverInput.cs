namespace Kinlink.Data.Exchanges;

/// <summary>The hand-over of a sealed packet: on which day (yyyy-mm-dd), to whom by name, to which party (code, optional), a note, and the version read.</summary>
public sealed record EffectsHandoverInput
{
    public string? HandedOverOn { get; init; }

    public string? HandedOverTo { get; init; }

    public string? Party { get; init; }

    public string? Note { get; init; }

    public int? Version { get; init; }
}
