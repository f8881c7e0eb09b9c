using Kinlink.Matching.Scoring;

namespace Kinlink.Matching.Engine;

/// <summary>Surname and given-name frequencies counted over prepared records held in memory.</summary>
public sealed class RegistryFrequencies : IRegistryFrequencies
{
    private readonly Dictionary<string, int> _surnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _givenNames = new(StringComparer.Ordinal);

    public RegistryFrequencies(IEnumerable<PreparedRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            RecordCount++;
            // Each name is counted under both roles, so a name in the wrong field (a given name
            // written as the surname) is weighed by how common it is, not as a rare surname.
            var surnameKeys = record.Surname.Take(1).Select(r => r.Folded).Concat(record.GivenName.Take(1).Select(r => r.Folded));
            foreach (var key in surnameKeys.Distinct(StringComparer.Ordinal))
            {
                _surnames[key] = _surnames.GetValueOrDefault(key) + 1;
            }

            var givenKeys = record.GivenKeys.Concat(record.SurnameFieldClasses.Count > 0
                ? record.SurnameFieldClasses.Select(c => c.Class.Code)
                : record.Surname.Take(1).Select(r => r.Skeleton));
            foreach (var key in givenKeys.Distinct(StringComparer.Ordinal))
            {
                _givenNames[key] = _givenNames.GetValueOrDefault(key) + 1;
            }
        }
    }

    public int RecordCount { get; }

    public int SurnameCount(string surnameKey) => _surnames.GetValueOrDefault(surnameKey);

    public int GivenNameCount(string givenKey) => _givenNames.GetValueOrDefault(givenKey);
}
