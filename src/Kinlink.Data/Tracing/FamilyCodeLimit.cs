namespace Kinlink.Data.Tracing;

/// <summary>How many wrong codes one case reference takes within a window before its status checks are refused until the window ends.</summary>
public sealed record FamilyCodeLimit(int WrongCodes, TimeSpan Window);
