using Kinlink.Domain.Common;

namespace Kinlink.Data.Access;

/// <summary>
/// Which entries to list: about one person, by one user, of one organisation (party code or "intermediary"), with one
/// action, within a time range (UTC, <see cref="To"/> excluded); each part optional.
/// </summary>
public sealed record AuditFilter(PersonId? PersonId = null, string? UserName = null, DateTime? From = null, DateTime? To = null, string? Organisation = null, string? Action = null);
