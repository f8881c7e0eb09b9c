namespace Kinlink.Data.Access;

/// <summary>
/// The trail page's filters as typed: person (Kinlink reference or id), user, organisation (party code or
/// "intermediary"), action, and dates (YYYY-MM-DD, UTC, both included). <see cref="AuditService"/> checks them.
/// </summary>
public sealed record AuditQuery(
    string? Person = null,
    string? User = null,
    string? Organisation = null,
    string? Action = null,
    string? From = null,
    string? To = null,
    int? Page = null,
    int? PageSize = null);
