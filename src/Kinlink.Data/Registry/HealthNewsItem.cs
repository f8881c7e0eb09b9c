namespace Kinlink.Data.Registry;

/// <summary>A seriously ill or wounded person still held, and when the next weekly health news is owed (art. 122).</summary>
public sealed record HealthNewsItem(PersonSummary Person, string? LastHealthNews, DateOnly DueOn, bool IsOverdue);
