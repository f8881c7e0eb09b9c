using Kinlink.Domain.Common;
using Kinlink.Matching.Scoring;

namespace Kinlink.Data.Registry.Duplicates;

/// <summary>
/// Two registry records the matching engine found likely or possibly the same person, and what a caseworker
/// decided. The persons are kept in a fixed order (the smaller id first) so a pair is stored once, whichever
/// of the two was the query.
/// </summary>
public sealed class DuplicatePair
{
    private DuplicatePair()
    {
    }

    public DuplicatePairId Id { get; private set; }

    public PersonId FirstPersonId { get; private set; }

    public PersonId SecondPersonId { get; private set; }

    /// <summary>Match weight in bits, the better of the two directions.</summary>
    public double Score { get; private set; }

    public MatchBucket Bucket { get; private set; }

    public string ModelVersion { get; private set; } = "";

    public DateTimeOffset FoundAt { get; private set; }

    public DuplicatePairState State { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>The persons' versions when the pair was dismissed: a later change to either makes the pair worth another look.</summary>
    public int? FirstVersionAtDecision { get; private set; }

    public int? SecondVersionAtDecision { get; private set; }

    public PersonMergeId? MergeId { get; private set; }

    public int Version { get; private set; }

    public static (PersonId First, PersonId Second) Order(PersonId a, PersonId b) =>
        a.Value.CompareTo(b.Value) <= 0 ? (a, b) : (b, a);

    internal static DuplicatePair Found(PersonId a, PersonId b, double score, MatchBucket bucket, string modelVersion, DateTimeOffset now)
    {
        var (first, second) = Order(a, b);
        return new DuplicatePair
        {
            Id = DuplicatePairId.New(),
            FirstPersonId = first,
            SecondPersonId = second,
            Score = score,
            Bucket = bucket,
            ModelVersion = modelVersion,
            FoundAt = now,
            State = DuplicatePairState.Open,
        };
    }

    /// <summary>A later scan's finding. A dismissed pair comes back only when one of the records changed since the dismissal.</summary>
    /// <returns>True when the pair is (again) open for review.</returns>
    internal bool FoundAgain(double score, MatchBucket bucket, string modelVersion, int firstVersion, int secondVersion, DateTimeOffset now)
    {
        switch (State)
        {
            case DuplicatePairState.Merged:
                return false;
            case DuplicatePairState.Dismissed when FirstVersionAtDecision == firstVersion && SecondVersionAtDecision == secondVersion:
                return false;
            case DuplicatePairState.Dismissed:
                State = DuplicatePairState.Open;
                FoundAt = now;
                break;
            case DuplicatePairState.Open:
                break;
        }

        Score = score;
        Bucket = bucket;
        ModelVersion = modelVersion;
        return true;
    }

    internal void Dismiss(string reason, int firstVersion, int secondVersion, Actor actor, DateTimeOffset now)
    {
        ExpectOpen();
        State = DuplicatePairState.Dismissed;
        Reason = reason;
        FirstVersionAtDecision = firstVersion;
        SecondVersionAtDecision = secondVersion;
        DecidedBy = actor.UserName;
        DecidedAt = now;
    }

    internal void Merged(PersonMergeId merge, string reason, Actor actor, DateTimeOffset now)
    {
        ExpectOpen();
        State = DuplicatePairState.Merged;
        MergeId = merge;
        Reason = reason;
        DecidedBy = actor.UserName;
        DecidedAt = now;
    }

    /// <summary>After a split the two are two persons again, as the caseworker who split them decided.</summary>
    internal void Split(string reason, int firstVersion, int secondVersion, Actor actor, DateTimeOffset now)
    {
        State = DuplicatePairState.Dismissed;
        Reason = reason;
        FirstVersionAtDecision = firstVersion;
        SecondVersionAtDecision = secondVersion;
        DecidedBy = actor.UserName;
        DecidedAt = now;
    }

    private void ExpectOpen()
    {
        if (State != DuplicatePairState.Open)
        {
            throw new ConflictException($"This pair was already decided ({State.ToString().ToLowerInvariant()} by {DecidedBy} on {DecidedAt:yyyy-MM-dd}).");
        }
    }
}
