using Kinlink.Domain.Common;

namespace Kinlink.Data.Access;

/// <summary>Which entries to list: about one person, by one user, within a time range (UTC); each part optional.</summary>
public sealed record AuditFilter(PersonId? PersonId = null, string? UserName = null, DateTime? From = null, DateTime? To = null);
