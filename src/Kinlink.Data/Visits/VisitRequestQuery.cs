namespace Kinlink.Data.Visits;

/// <summary>Filters of the request list: party and place codes, status and priority codes, overdue only; paged.</summary>
public sealed record VisitRequestQuery(
    string? Party = null, string? Place = null, string? Status = null, bool OverdueOnly = false, string? Priority = null, int? Page = null, int? PageSize = null);
