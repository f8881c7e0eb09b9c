using Kinlink.Matching.Dates;

namespace Kinlink.Matching.Engine;

/// <summary>
/// A person as the matcher sees one: a registry record or an enquiry, names in any script, as written.
/// Any field but the id may be empty.
/// </summary>
/// <param name="Sex">'M', 'F' or null.</param>
public sealed record MatchRecord(
    string Id,
    string? Surname,
    string? GivenName,
    string? Patronymic,
    BirthDate? DateOfBirth,
    char? Sex,
    string? PlaceOfBirth);
