using Kinlink.Domain.Common;

namespace Kinlink.Data.Access;

/// <summary>One field of a person changed by a request, with its value before and after (null when absent), in clear until written.</summary>
public sealed record AuditChange(PersonId PersonId, string Field, string? Before, string? After);
