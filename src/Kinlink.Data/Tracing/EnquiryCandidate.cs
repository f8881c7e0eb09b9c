using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Kinlink.Matching.Scoring;

namespace Kinlink.Data.Tracing;

/// <summary>
/// A registry person the matching engine proposed for an enquiry, why it appeared, and what a caseworker decided. One
/// row per enquiry and person: a person found again updates the row (and brings a rejected one back only when the
/// person's record changed after the rejection).
/// </summary>
public sealed class EnquiryCandidate
{
    private EnquiryCandidate()
    {
    }

    public EnquiryCandidateId Id { get; private set; }

    public EnquiryId EnquiryId { get; private set; }

    public PersonId PersonId { get; private set; }

    /// <summary>Match weight in bits.</summary>
    public double Score { get; private set; }

    public MatchBucket Bucket { get; private set; }

    public string ModelVersion { get; private set; } = "";

    public EnquiryCandidateReason Reason { get; private set; }

    /// <summary>The notification list the person (or the spelling that changed) came from, when it came from one.</summary>
    public SourceListId? SourceListId { get; private set; }

    public DateTimeOffset FirstSeenAt { get; private set; }

    public EnquiryCandidateState State { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string DecisionReason { get; private set; } = "";

    /// <summary>The person's <c>person_match_subjects.Revision</c> when last scored.</summary>
    public long RevisionScored { get; private set; }

    /// <summary>The person's subject revision when decided: a rejected candidate returns only past it.</summary>
    public long? RevisionAtDecision { get; private set; }

    public int Version { get; private set; }

    internal static EnquiryCandidate Propose(EnquiryId enquiry, PersonId person, double score, MatchBucket bucket, string modelVersion, EnquiryCandidateReason reason,
        SourceListId? source, long revision, DateTimeOffset now) => new()
        {
            Id = EnquiryCandidateId.New(),
            EnquiryId = enquiry,
            PersonId = person,
            Score = score,
            Bucket = bucket,
            ModelVersion = modelVersion,
            Reason = reason,
            SourceListId = source,
            FirstSeenAt = now,
            State = EnquiryCandidateState.Proposed,
            RevisionScored = revision,
        };

    /// <summary>A later finding of the same pair. Returns true when the candidate is (again) proposed for review.</summary>
    internal bool FoundAgain(double score, MatchBucket bucket, string modelVersion, SourceListId? source, long revision, DateTimeOffset now)
    {
        switch (State)
        {
            case EnquiryCandidateState.Confirmed or EnquiryCandidateState.Superseded:
                return false;
            case EnquiryCandidateState.Rejected when RevisionAtDecision is { } decided && revision <= decided:
                return false;
            case EnquiryCandidateState.Rejected:
                State = EnquiryCandidateState.Proposed;
                Reason = EnquiryCandidateReason.ChangedSinceRejected;
                SourceListId = source;
                FirstSeenAt = now;
                break;
            case EnquiryCandidateState.Proposed:
                break;
        }

        Score = score;
        Bucket = bucket;
        ModelVersion = modelVersion;
        RevisionScored = Math.Max(RevisionScored, revision);
        return true;
    }

    internal void Confirm(string reason, long revision, Actor actor, DateTimeOffset now) =>
        Decide(EnquiryCandidateState.Confirmed, reason, revision, actor, now);

    internal void Reject(string reason, long revision, Actor actor, DateTimeOffset now) =>
        Decide(EnquiryCandidateState.Rejected, reason, revision, actor, now);

    /// <summary>Another candidate was confirmed for the same enquiry: recorded with who confirmed it, not deleted.</summary>
    internal void Supersede(Actor actor, DateTimeOffset now)
    {
        State = EnquiryCandidateState.Superseded;
        DecidedBy = actor.UserName;
        DecidedAt = now;
        DecisionReason = "another person was confirmed for this enquiry";
    }

    private void Decide(EnquiryCandidateState state, string reason, long revision, Actor actor, DateTimeOffset now)
    {
        if (State != EnquiryCandidateState.Proposed)
        {
            throw new ConflictException($"This candidate was already decided ({TracingMatchCodes.Of(State)} by {DecidedBy} on {DecidedAt:yyyy-MM-dd}).");
        }

        State = state;
        DecisionReason = reason;
        RevisionAtDecision = revision;
        DecidedBy = actor.UserName;
        DecidedAt = now;
    }
}
