using Kinlink.Domain.Common;

namespace Kinlink.Data.Access;

/// <summary>A person an entry names; <see cref="Reference"/> null when the person is no longer in the registry.</summary>
public sealed record AuditPersonLink(PersonId Id, string? Reference);
