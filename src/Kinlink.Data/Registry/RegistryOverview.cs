using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry;

/// <summary>The counts the home page shows. A party code of null counts persons whose party is not recorded.</summary>
public sealed record RegistryOverview(
    int Persons,
    IReadOnlyList<(string? PartyCode, string? PartyName, int Count)> PersonsByParty,
    IReadOnlyList<(PersonStatus Status, int Count)> PersonsByStatus,
    int Places,
    int OpenPlaces,
    int Imports);
