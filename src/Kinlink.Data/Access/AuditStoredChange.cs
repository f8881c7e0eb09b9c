using System.Text.Json.Serialization;

namespace Kinlink.Data.Access;

/// <summary>A change as stored in <see cref="AuditEntry.Changes"/>: before and after encrypted with the person's key.</summary>
public sealed record AuditStoredChange(
    [property: JsonPropertyName("person")] Guid PersonId,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("before")] string? Before,
    [property: JsonPropertyName("after")] string? After);
