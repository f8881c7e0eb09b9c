using Kinlink.Domain.Common;

namespace Kinlink.Domain.Visits;

/// <summary>One person the intermediary asked to visit, and the detaining party's answer about them.</summary>
public sealed class VisitRequestPerson
{
    private VisitRequestPerson()
    {
    }

    public VisitRequestId RequestId { get; private set; }

    public PersonId PersonId { get; private set; }

    public VisitPersonReason Reason { get; private set; }

    public VisitPersonAnswer Answer { get; private set; }

    /// <summary>The party's reason for a refusal, or where the person went.</summary>
    public string AnswerReason { get; private set; } = "";

    public DateTimeOffset? AnsweredAt { get; private set; }

    internal static VisitRequestPerson Create(VisitRequestId requestId, RequestedPerson requested) => new()
    {
        RequestId = requestId,
        PersonId = requested.PersonId,
        Reason = requested.Reason,
        Answer = VisitPersonAnswer.Pending,
    };

    internal void SetAnswer(VisitPersonAnswer answer, string reason, DateTimeOffset at)
    {
        Answer = answer;
        AnswerReason = reason;
        AnsweredAt = at;
    }

    internal void ResetAnswer()
    {
        Answer = VisitPersonAnswer.Pending;
        AnswerReason = "";
        AnsweredAt = null;
    }
}
