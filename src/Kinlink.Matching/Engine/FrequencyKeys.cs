namespace Kinlink.Matching.Engine;

/// <summary>
/// The values a record contributes to the registry's name frequencies, as <see cref="RegistryFrequencies"/>
/// counts them: a database stores them beside the candidate keys and counts rows instead of holding records.
/// </summary>
public static class FrequencyKeys
{
    /// <summary>Keys under which <see cref="Scoring.IRegistryFrequencies.SurnameCount"/> counts this record.</summary>
    public static IEnumerable<string> Surnames(PreparedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        // Both name fields count as surnames, so a given name written as the surname is weighed by how common it is.
        return record.Surname.Take(1).Select(r => r.Folded)
            .Concat(record.GivenName.Take(1).Select(r => r.Folded))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>Keys under which <see cref="Scoring.IRegistryFrequencies.GivenNameCount"/> counts this record.</summary>
    public static IEnumerable<string> GivenNames(PreparedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.GivenKeys.Concat(record.SurnameFieldClasses.Count > 0
                ? record.SurnameFieldClasses.Select(c => c.Class.Code)
                : record.Surname.Take(1).Select(r => r.Skeleton))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// The frequency keys scoring an enquiry against a record can ask for when the names agree: the enquiry's own
    /// readings under both roles, so that a search can fetch their counts before it scores.
    /// </summary>
    public static (IReadOnlyList<string> Surnames, IReadOnlyList<string> GivenNames) ProbedBy(PreparedRecord query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var surnames = query.Surname.Concat(query.GivenName).Select(r => r.Folded).Distinct(StringComparer.Ordinal).ToList();
        var given = query.GivenKeys
            .Concat(query.GivenClasses.Select(c => c.Class.Code))
            .Concat(query.SurnameFieldClasses.Select(c => c.Class.Code))
            .Concat(query.GivenName.Select(r => r.Skeleton))
            .Concat(query.Surname.Select(r => r.Skeleton))
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal).ToList();
        return (surnames, given);
    }
}
