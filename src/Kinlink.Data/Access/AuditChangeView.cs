using Kinlink.Domain.Common;

namespace Kinlink.Data.Access;

/// <summary>One changed field of an entry, decrypted for reading; <see cref="Reference"/> null when the person is no longer in the registry.</summary>
public sealed record AuditChangeView(PersonId PersonId, string? Reference, string Field, AuditValue Before, AuditValue After);
