using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching;

namespace Kinlink.Data.Registry.ListFiles;

/// <summary>
/// The persons one batch of rows can be about (loaded from the database, or created by earlier rows of the batch),
/// findable by reference, by party and service number, and by folded name. Rows change persons as they go (a new
/// service number, a new spelling), so a person is indexed again after each row that touched it.
/// </summary>
internal sealed class ImportPersonIndex
{
    private readonly Dictionary<IntermediaryReference, Person> _byReference = [];
    private readonly Dictionary<(PartyId? Party, string ServiceNumber), List<Person>> _byServiceNumber = [];
    private readonly Dictionary<Person, (PartyId? Party, string? ServiceNumber)> _indexedServiceNumber = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, HashSet<Person>> _byName = new(StringComparer.Ordinal);

    /// <returns>False when the person was already in the index.</returns>
    public bool Add(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!_byReference.TryAdd(person.Reference, person))
        {
            return false;
        }

        Reindex(person);
        return true;
    }

    /// <summary>Brings the entries of a person up to date after a row changed it.</summary>
    public void Reindex(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (_indexedServiceNumber.TryGetValue(person, out var old) && old.ServiceNumber is not null)
        {
            _byServiceNumber[(old.Party, old.ServiceNumber)].Remove(person);
        }

        _indexedServiceNumber[person] = (person.DependsOnPartyId, person.ServiceNumber);
        if (person.ServiceNumber is not null)
        {
            var key = (person.DependsOnPartyId, person.ServiceNumber);
            if (!_byServiceNumber.TryGetValue(key, out var holders))
            {
                _byServiceNumber[key] = holders = [];
            }

            holders.Add(person);
        }

        foreach (var form in person.NameForms)
        {
            var key = NameKey(form.Surname, form.GivenName, form.Patronymic);
            if (!_byName.TryGetValue(key, out var named))
            {
                _byName[key] = named = new HashSet<Person>(ReferenceEqualityComparer.Instance);
            }

            named.Add(person);
        }
    }

    public Person? ByReference(IntermediaryReference reference) => _byReference.GetValueOrDefault(reference);

    public IReadOnlyList<Person> ByServiceNumber(PartyId? party, string serviceNumber) =>
        _byServiceNumber.TryGetValue((party, serviceNumber), out var holders) ? holders : [];

    /// <summary>Persons with a spelling of the name that folds to the same surname, given name and patronymic.</summary>
    public IEnumerable<Person> ByName(string surname, string? givenName, string? patronymic) =>
        _byName.TryGetValue(NameKey(surname, givenName, patronymic), out var named) ? named : [];

    /// <summary>Each part folded on its own, so a surname "Ivan Petro" with no given name does not meet surname "Ivan", given name "Petro".</summary>
    private static string NameKey(string surname, string? givenName, string? patronymic) =>
        $"{SearchText.Fold(surname)}\u001f{SearchText.Fold(givenName)}\u001f{SearchText.Fold(patronymic)}";
}
