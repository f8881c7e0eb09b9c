namespace Kinlink.Matching;

/// <summary>The writing system of a name as entered, letters only.</summary>
public enum NameScript
{
    Unknown,
    Latin,
    Cyrillic,

    // Letters from more than one script in one field are usually a typing slip (a Latin "i"
    // in a Cyrillic word) or a look-alike substitution; callers treat them with suspicion.
    Mixed,
}
