namespace Kinlink.Data.Visits;

/// <summary>The filters of the list of visits: place code, detaining party code, dates (<c>YYYY-MM-DD</c>) the visit overlaps.</summary>
public sealed record VisitQuery(string? Place = null, string? Party = null, string? From = null, string? To = null, int? Page = null, int? PageSize = null);
