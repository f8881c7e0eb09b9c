namespace Kinlink.Data.Tracing;

/// <summary>Where a proposed registry person stands for an enquiry.</summary>
public enum EnquiryCandidateState
{
    /// <summary>Waiting for a caseworker's review.</summary>
    Proposed = 1,

    /// <summary>A caseworker confirmed this person is the one sought: the enquiry is linked to the person.</summary>
    Confirmed = 2,

    /// <summary>A caseworker decided this is not the person; it returns only if the person's record changes.</summary>
    Rejected = 3,

    /// <summary>Another candidate of the same enquiry was confirmed, so this one no longer needs a review.</summary>
    Superseded = 4,
}
