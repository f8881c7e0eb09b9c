using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry;

/// <summary>A person as a list shows them.</summary>
public sealed record PersonSummary(
    PersonId Id,
    string Reference,
    string Surname,
    string GivenName,
    string Patronymic,
    string NameLatin,
    string? DateOfBirth,
    PersonCategory Category,
    string? DependsOnPartyCode,
    PersonStatus Status,
    string? StatusSince,
    string? PlaceCode,
    string? PlaceName,
    int Version)
{
    public string FullName => string.Join(' ', new[] { Surname, GivenName, Patronymic }.Where(s => s.Length > 0));
}
