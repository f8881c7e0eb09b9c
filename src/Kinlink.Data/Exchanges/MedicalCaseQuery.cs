namespace Kinlink.Data.Exchanges;

/// <summary>Filters of the medical repatriation cases: status code, only those whose three months for execution have passed, the person.</summary>
public sealed record MedicalCaseQuery(string? Status = null, bool OverdueOnly = false, string? Person = null, int? Page = null, int? PageSize = null);
