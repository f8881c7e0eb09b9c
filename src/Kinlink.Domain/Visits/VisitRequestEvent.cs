using Kinlink.Domain.Common;

namespace Kinlink.Domain.Visits;

/// <summary>One step of a visit request (sent, answered, asked again, withdrawn, visited), with its time and who took it. Only ever added.</summary>
public sealed class VisitRequestEvent
{
    private VisitRequestEvent()
    {
    }

    public VisitRequestEventId Id { get; private set; }

    public VisitRequestId RequestId { get; private set; }

    public VisitRequestEventKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    /// <summary>The request's status after the step.</summary>
    public VisitRequestStatus ToStatus { get; private set; }

    public string Note { get; private set; } = "";

    internal static VisitRequestEvent Create(VisitRequestId requestId, VisitRequestEventKind kind, VisitRequestStatus toStatus, string note, Actor actor, DateTimeOffset at) => new()
    {
        Id = VisitRequestEventId.New(),
        RequestId = requestId,
        Kind = kind,
        At = at,
        By = actor.UserName,
        ToStatus = toStatus,
        Note = note,
    };
}
