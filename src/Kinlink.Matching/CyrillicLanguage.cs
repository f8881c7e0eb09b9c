namespace Kinlink.Matching;

/// <summary>The language a Cyrillic name is written in, as far as its letters reveal it.</summary>
public enum CyrillicLanguage
{
    Unknown,
    Ukrainian,
    Russian,
}
