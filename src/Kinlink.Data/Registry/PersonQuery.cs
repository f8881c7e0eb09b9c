using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry;

/// <summary>
/// Filters for the persons list. <see cref="Name"/> is a case- and accent-insensitive prefix of any stored
/// spelling or its Latin reading, a Kinlink reference, or a service number.
/// </summary>
public sealed record PersonQuery(
    string? Name = null,
    string? Party = null,
    string? HeldBy = null,
    PersonStatus? Status = null,
    string? Place = null,
    int? Page = null,
    int? PageSize = null);
