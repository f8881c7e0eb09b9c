namespace Kinlink.Data.Visits;

/// <summary>
/// The filters of the follow-up list: owner (user name), state code, overdue only, visit reference. With
/// <see cref="MineFirst"/> the caller's own open actions come first.
/// </summary>
public sealed record VisitFollowUpQuery(string? Owner = null, string? State = null, bool Overdue = false, string? Visit = null, bool MineFirst = false, int? Page = null, int? PageSize = null);
