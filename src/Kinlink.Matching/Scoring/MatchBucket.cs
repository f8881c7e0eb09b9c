namespace Kinlink.Matching.Scoring;

/// <summary>How sure the matcher is about a candidate.</summary>
public enum MatchBucket
{
    /// <summary>Strong evidence and clearly ahead of the next candidate: very probably the person.</summary>
    Likely,

    /// <summary>Worth a reviewer's look; not enough evidence, or too close to another candidate.</summary>
    Possible,
}
