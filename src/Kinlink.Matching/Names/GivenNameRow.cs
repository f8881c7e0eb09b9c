namespace Kinlink.Matching.Names;

/// <summary>One row of the name table: a Ukrainian and a Russian form of one class, their Latin spellings and diminutives.</summary>
public sealed record GivenNameRow(
    GivenNameClass Class,
    string Ukrainian,
    string Russian,
    IReadOnlyList<string> Latin,
    IReadOnlyList<string> UkrainianDiminutives,
    IReadOnlyList<string> RussianDiminutives);
