namespace Kinlink.Domain.Registry;

/// <summary>The script a name form was written in, as the source wrote it.</summary>
public enum NameScriptKind
{
    Unknown = 0,
    Latin = 1,
    Cyrillic = 2,
    Mixed = 3,
}
