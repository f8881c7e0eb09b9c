namespace Kinlink.Matching.Scoring;

/// <summary>
/// How often values occur in the registry being searched, for term-frequency weighting: agreeing
/// on Коваленко says less than agreeing on a rare surname. The in-memory matcher counts them; a
/// database can answer from a table of counts.
/// </summary>
public interface IRegistryFrequencies
{
    int RecordCount { get; }

    /// <summary>Records whose gender-folded surname key is <paramref name="surnameKey"/>.</summary>
    int SurnameCount(string surnameKey);

    /// <summary>Records whose given-name key (class code, or skeleton outside the table) is <paramref name="givenKey"/>.</summary>
    int GivenNameCount(string givenKey);
}
