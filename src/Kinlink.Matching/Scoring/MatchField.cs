namespace Kinlink.Matching.Scoring;

/// <summary>The fields the matcher compares, in the order explanations list them.</summary>
public enum MatchField
{
    Surname,
    GivenName,
    Patronymic,
    DateOfBirth,
    Sex,
    PlaceOfBirth,

    /// <summary>Whether surname and given name stood in the fields they belong in, or in each other's.</summary>
    NameOrder,
}
