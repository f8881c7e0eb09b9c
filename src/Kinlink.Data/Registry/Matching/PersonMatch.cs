using Kinlink.Matching.Scoring;

namespace Kinlink.Data.Registry.Matching;

/// <summary>One person proposed for a name search, with the engine's score, bucket and explanation per field.</summary>
/// <param name="NotificationOnly">The searcher sees this person in notification form only; only the person's current name was compared.</param>
public sealed record PersonMatch(
    PersonSummary Person,
    string PlaceOfBirth,
    double Score,
    MatchBucket Bucket,
    double Probability,
    IReadOnlyList<FieldExplanation> Explanation,
    bool NotificationOnly);
