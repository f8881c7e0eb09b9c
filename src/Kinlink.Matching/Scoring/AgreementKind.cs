namespace Kinlink.Matching.Scoring;

/// <summary>The five kinds of agreement every field level belongs to.</summary>
public enum AgreementKind
{
    /// <summary>The same value, possibly in another script (Коваленко and Kovalenko).</summary>
    Exact,

    /// <summary>Different forms of one value: Олександр and Aleksandr, Іванова and Иванов, a year-only date that agrees.</summary>
    Equivalent,

    /// <summary>Not the same but near: a typing slip, a diminutive, day and month swapped.</summary>
    Close,

    Different,

    /// <summary>Not given on one side or both; it counts neither for nor against.</summary>
    Missing,
}
