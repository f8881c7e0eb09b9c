namespace Kinlink.Data.Exchanges;

/// <summary>
/// Who a death notification, a medical repatriation case or a packet of effects is about, as the registry knows them:
/// the identity block of the Annex IV forms (names as written with a Latin reading, father's name, birth, rank, service
/// number, the party depended on, whom to inform, when and where taken prisoner as the timeline has it) and where the
/// person is held or was last held.
/// </summary>
public sealed record DeceasedIdentity(
    string Reference,
    string FullName,
    string LatinName,
    string FatherName,
    string DateOfBirth,
    string PlaceOfBirth,
    string Rank,
    string ServiceNumber,
    string DependsOn,
    string InformName,
    string InformAddress,
    string Captured,
    string Status,
    string Place);
