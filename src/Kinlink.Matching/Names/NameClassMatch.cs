namespace Kinlink.Matching.Names;

/// <summary>A spelling found in the name table: its class and whether the spelling is a diminutive (Саша, Коля).</summary>
public readonly record struct NameClassMatch(GivenNameClass Class, bool Diminutive);
