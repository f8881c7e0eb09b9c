using Kinlink.Domain.Common;

namespace Kinlink.Data.Access;

/// <summary>What a service hands to the <see cref="AuditTrail"/>: the entry before it gets its number and MAC.</summary>
public sealed record AuditRecord(Actor Actor, string Action, string Summary, IReadOnlyCollection<PersonId> PersonIds, IReadOnlyList<AuditChange> Changes, DateTimeOffset At)
{
    /// <summary>The organisation of a user who belongs to no party.</summary>
    public const string Intermediary = "intermediary";

    public string Organisation => Actor.PartyCode ?? Intermediary;

    /// <summary>The HTTP request ("GET /api/persons?name&amp;page") or command ("kinlink export persons") that made it; null for background work.</summary>
    public string? Request { get; init; }
}
