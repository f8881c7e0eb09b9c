namespace Kinlink.Data.Mail;

/// <summary>The detaining authority's check as it reported it: the outcome code, what was struck out or why it was withheld, and the version read.</summary>
public sealed record MessageCheckInput
{
    public string? Outcome { get; init; }
    public string? Note { get; init; }
    public int? Version { get; init; }
}
